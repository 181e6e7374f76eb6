LETTERS = "abcdefghijklmnopqrstuvwxyz"
VOWELS = "aeiou"


def pig_latin(s):
    s = s.lower()
    if not s:
        return None
    for ch in s:
        if ch not in LETTERS:
            return None
    if s[0] in VOWELS:
        return s + "way"
    for i in range(len(s)):
        if s[i] in VOWELS:
            return s[i:] + s[:i] + "ay"
    return s + "ay"
