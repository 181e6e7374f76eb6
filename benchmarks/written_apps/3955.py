def bracket_pairs(string):
    pairs = {}
    stack = []
    for i in range(len(string)):
        if string[i] == "(":
            stack += [i]
        elif string[i] == ")":
            if not stack:
                return False
            pairs[stack[-1]] = i
            stack = stack[:-1]
    if stack:
        return False
    return pairs
