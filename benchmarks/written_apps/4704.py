def esrever(string):
    if not string:
        return ""
    return "".join(reversed(string[:-1])) + string[-1]
