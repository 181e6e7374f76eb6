def problem(a):
    if type(a) is str:
        return "Error"
    return a * 50 + 6
