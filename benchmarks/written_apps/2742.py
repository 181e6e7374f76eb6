def scramble(string, array):
    result = [""] * len(string)
    for i in range(len(string)):
        result[array[i]] = string[i]
    return "".join(result)
