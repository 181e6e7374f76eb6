def find_short(s):
    shortest = None
    for word in s.split():
        if shortest is None or len(word) < shortest:
            shortest = len(word)
    return shortest
