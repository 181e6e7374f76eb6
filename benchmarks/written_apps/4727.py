def remove_vowels(s):
    return "".join(ch for ch in s if ch not in "aeiou")
