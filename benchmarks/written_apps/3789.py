def score_throws(radii):
    if not radii:
        return 0
    score = 0
    bonus = True
    for r in radii:
        if r < 5:
            score += 10
        else:
            bonus = False
            if r <= 10:
                score += 5
    return score + (100 if bonus else 0)
