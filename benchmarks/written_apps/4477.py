def reverse_number(n):
    result = int(str(n if n >= 0 else -n)[::-1])
    return result if n >= 0 else -result
