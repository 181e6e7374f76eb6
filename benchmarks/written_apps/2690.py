def remove_parentheses(s):
    depth = 0
    out = ""
    for c in s:
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0:
            out += c
    return out
