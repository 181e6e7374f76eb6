def remove_duplicate_words(s):
    seen = set()
    kept = []
    for word in s.split():
        if word not in seen:
            seen |= {word}
            kept += [word]
    return " ".join(kept)
