def absent_vowel(x):
    vowels = "aeiou"
    for i in range(len(vowels)):
        if vowels[i] not in x:
            return i
