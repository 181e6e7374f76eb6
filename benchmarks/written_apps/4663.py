def order(sentence):
    def position(word):
        for ch in word:
            if ch in "123456789":
                return int(ch)
        return 0

    return " ".join(sorted(sentence.split(), key=position))
