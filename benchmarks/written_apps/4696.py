def encrypt(s):
    middle = len(s) - 2
    digital_root = 1 + (middle - 1) % 9 if middle > 0 else 0
    return f"{s[0]}{digital_root}{s[-1]}"


def same_encryption(s1, s2):
    return encrypt(s1) == encrypt(s2)
