def split_odd_and_even(n):
    parts = []
    current = ""
    for d in str(n):
        if current and int(current[-1]) % 2 != int(d) % 2:
            parts += [int(current)]
            current = ""
        current += d
    parts += [int(current)]
    return parts
