def valid_parentheses(string):
    depth = 0
    for character in string:
        if character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
