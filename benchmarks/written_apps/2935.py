def is_vowel(s):
    return isinstance(s, str) and len(s) == 1 and s in "aeiouAEIOU"
