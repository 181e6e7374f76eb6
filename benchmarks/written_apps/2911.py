def count_vowels(s=''):
    if type(s) is not str:
        return None
    return sum(1 for ch in s if ch in "aeiouAEIOU")
