def is_alt(s):
    kinds = [ch in "aeiou" for ch in s]
    return all(kinds[i] != kinds[i + 1] for i in range(len(kinds) - 1))
