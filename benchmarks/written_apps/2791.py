def trigrams(phrase):
    text = "".join("_" if ch == " " else ch for ch in phrase)
    return " ".join(text[i:i + 3] for i in range(len(text) - 2))
