def highest_value(a, b):
    worth_a = sum(ord(c) for c in a)
    worth_b = sum(ord(c) for c in b)
    return a if worth_a >= worth_b else b
