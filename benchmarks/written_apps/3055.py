def sum_str(a, b):
    return str(int(a or 0) + int(b or 0))
