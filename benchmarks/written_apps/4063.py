def evenator(s):
    cleaned = "".join(ch for ch in s if ch not in ".,?!_")
    words = []
    for word in cleaned.split():
        words += [word + word[-1] if len(word) % 2 else word]
    return " ".join(words)
