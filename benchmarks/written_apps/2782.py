def calc(expr):
    stack = []
    for token in expr.split():
        if token in ("+", "-", "*", "/"):
            b = stack.pop()
            a = stack.pop()
            if token == "+":
                stack += [a + b]
            elif token == "-":
                stack += [a - b]
            elif token == "*":
                stack += [a * b]
            else:
                stack += [a / b]
        else:
            stack += [float(token)]
    return stack[-1] if stack else 0
