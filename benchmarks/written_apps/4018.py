def isDigit(string):
    try:
        float(string.strip())
    except ValueError:
        return False
    return True
