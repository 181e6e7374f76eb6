def capitals_first(text):
    upper_words = []
    lower_words = []
    for word in text.split(" "):
        if "A" <= word[:1] <= "Z":
            upper_words += [word]
        elif "a" <= word[:1] <= "z":
            lower_words += [word]
    return " ".join(upper_words + lower_words)
