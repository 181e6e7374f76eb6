def is_happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen |= {n}
        n = sum(int(digit) ** 2 for digit in str(n))
    return n == 1
