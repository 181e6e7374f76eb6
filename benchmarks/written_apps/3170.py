def longer(s):
    return " ".join(sorted(s.split(), key=lambda word: (len(word), word)))
