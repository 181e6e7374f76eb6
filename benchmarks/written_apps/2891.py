def find_the_key(message, code):
    digits = [str(c - (ord(ch) - 96)) for ch, c in zip(message, code)]
    n = len(digits)
    for p in range(1, n + 1):
        if (digits[:p] * (n // p + 1))[:n] == digits:
            return int("".join(digits[:p]))
