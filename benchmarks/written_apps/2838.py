def char_concat(word):
    n = len(word)
    return "".join(word[i] + word[n - 1 - i] + str(i + 1) for i in range(n // 2))
