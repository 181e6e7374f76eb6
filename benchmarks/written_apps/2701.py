POINTS = [0, 40, 100, 300, 1200]


def get_score(arr) -> int:
    score = 0
    lines = 0
    for cleared in arr:
        level = lines // 10
        score += POINTS[cleared] * (level + 1)
        lines += cleared
    return score
