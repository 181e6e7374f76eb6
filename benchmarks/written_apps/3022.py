def two_highest(arg1):
    return sorted(set(arg1), reverse=True)[:2]
