def repeater(string, n):
    return string * n
