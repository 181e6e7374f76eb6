def reverse(a):
    letters = "".join(a)[::-1]
    result = []
    pos = 0
    for word in a:
        result += [letters[pos:pos + len(word)]]
        pos += len(word)
    return result
