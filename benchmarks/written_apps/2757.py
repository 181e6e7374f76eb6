SPECIAL = "!@#$%^&*?"


def check_password(s):
    if not 8 <= len(s) <= 20:
        return "not valid"
    upper = lower = digit = special = False
    for c in s:
        if c.isupper():
            upper = True
        elif "a" <= c <= "z":
            lower = True
        elif "0" <= c <= "9":
            digit = True
        elif c in SPECIAL:
            special = True
        else:
            return "not valid"
    return "valid" if upper and lower and digit and special else "not valid"
