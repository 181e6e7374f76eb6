def duplicate_encode(word):
    word = word.lower()
    seen = {}
    for c in word:
        seen[c] = seen[c] + 1 if c in seen else 1
    return "".join("(" if seen[c] == 1 else ")" for c in word)
