def race(v1, v2, g):
    if v1 >= v2:
        return None
    seconds = g * 3600 // (v2 - v1)
    return [seconds // 3600, seconds // 60 % 60, seconds % 60]
