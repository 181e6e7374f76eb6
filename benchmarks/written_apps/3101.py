from itertools import permutations


def palindrome_pairs(words):
    texts = [str(w) for w in words]
    pairs = []
    for i, j in permutations(range(len(texts)), 2):
        joined = texts[i] + texts[j]
        if joined == joined[::-1]:
            pairs += [[i, j]]
    return pairs
