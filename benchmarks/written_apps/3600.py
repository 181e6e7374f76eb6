def move_vowels(input):
    consonants = "".join(c for c in input if c not in "aeiou")
    vowels = "".join(c for c in input if c in "aeiou")
    return consonants + vowels
