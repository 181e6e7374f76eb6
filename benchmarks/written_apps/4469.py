def is_narcissistic(i):
    digits = str(i)
    power = len(digits)
    return sum(int(d) ** power for d in digits) == i
