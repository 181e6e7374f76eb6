def anagrams(word, words):
    key = sorted(word)
    return [w for w in words if sorted(w) == key]
