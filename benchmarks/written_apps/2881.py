def validate(n):
    total = 0
    for i, ch in enumerate(str(n)[::-1]):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
