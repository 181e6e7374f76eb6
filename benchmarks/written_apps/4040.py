def nth_char(words):
    result = ""
    for n in range(len(words)):
        result += words[n][n]
    return result
