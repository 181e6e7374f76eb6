def repeat_it(string, n):
    if type(string) is not str:
        return "Not a string"
    return string * n
