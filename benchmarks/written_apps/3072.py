def is_narcissistic(*args):
    if not args:
        return False
    for arg in args:
        if type(arg) not in (int, str):
            return False
        digits = str(arg)
        if not digits.isdigit():
            return False
        if sum(int(d) ** len(digits) for d in digits) != int(digits):
            return False
    return True
