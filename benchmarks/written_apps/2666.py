def spacey(array):
    result = []
    current = ""
    for word in array:
        current += word
        result += [current]
    return result
