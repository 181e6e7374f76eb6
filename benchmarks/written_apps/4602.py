def is_anagram(test, original):
    return sorted(test.lower()) == sorted(original.lower())
