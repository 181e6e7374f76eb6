from itertools import zip_longest


def decrypt(text, n):
    if not text or n <= 0:
        return text
    half = len(text) // 2
    for _ in range(n):
        odds, evens = text[:half], text[half:]
        text = "".join(a + b for a, b in zip_longest(evens, odds, fillvalue=""))
    return text


def encrypt(text, n):
    if not text or n <= 0:
        return text
    for _ in range(n):
        text = text[1::2] + text[::2]
    return text
