def narcissistic(value):
    digits = str(value)
    return sum(int(d) ** len(digits) for d in digits) == value
