SCORES = dict(zip("abcdefghijklmnopqrstuvwxyz", range(1, 27)))


def high(x):
    best, best_score = "", -1
    for word in x.split():
        score = sum(SCORES[ch] for ch in word)
        if score > best_score:
            best, best_score = word, score
    return best
