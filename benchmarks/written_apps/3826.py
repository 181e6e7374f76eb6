def cycle(n):
    if n % 2 == 0 or n % 5 == 0:
        return -1
    length = 1
    remainder = 10 % n
    while remainder != 1 % n:
        remainder = remainder * 10 % n
        length += 1
    return length
