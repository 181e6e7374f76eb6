def solve(s):
    letters = [ch for ch in s if ch != " "][::-1]
    result = []
    k = 0
    for ch in s:
        if ch == " ":
            result += [" "]
        else:
            result += [letters[k]]
            k += 1
    return "".join(result)
