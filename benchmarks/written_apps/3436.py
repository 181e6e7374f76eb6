VOWELS = "aeiouAEIOU"
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def err_bob(s):
    out = ""
    for i in range(len(s)):
        ch = s[i]
        out += ch
        at_word_end = i + 1 == len(s) or s[i + 1] not in LETTERS
        if ch in LETTERS and at_word_end and ch not in VOWELS:
            out += "err" if ch.islower() else "ERR"
    return out
