def solve(s):
    if len(s) % 2:
        return -1
    open_count = 0
    reversals = 0
    for c in s:
        if c == "(":
            open_count += 1
        elif open_count > 0:
            open_count -= 1
        else:
            # an unmatched ")" is flipped into "("
            reversals += 1
            open_count = 1
    return reversals + open_count // 2
