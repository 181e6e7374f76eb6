def multiple(x):
    result = ""
    if x % 3 == 0:
        result += "Bang"
    if x % 5 == 0:
        result += "Boom"
    return result or "Miss"
