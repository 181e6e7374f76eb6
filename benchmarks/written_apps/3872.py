def sort_it(list_, n):
    words = list_.split(", ")
    words = sorted(words, key=lambda word: (word[n - 1].casefold(), word.casefold()))
    return ", ".join(words)
