POINTS = {"kata": 5, "Petes kata": 10, "life": 0, "eating": 1}


def paul(x):
    score = sum(POINTS[item] for item in x)
    if score < 40:
        return "Super happy!"
    if score < 70:
        return "Happy!"
    if score < 100:
        return "Sad!"
    return "Miserable!"
