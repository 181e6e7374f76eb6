def compress(sentence):
    positions = {}
    result = ""
    for word in sentence.casefold().split():
        if word not in positions:
            positions[word] = len(positions)
        result += str(positions[word])
    return result
