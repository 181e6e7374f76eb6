def word_pattern(pattern, string):
    words = string.split()
    if len(words) != len(pattern):
        return False
    pairs = set(zip(pattern, words))
    return len(pairs) == len(set(pattern)) == len(set(words))
