def string_chunk(string, n=0):
    if type(n) is not int or n <= 0:
        return []
    return [string[i:i + n] for i in range(0, len(string), n)]
