PAIRS = {")": "(", "]": "[", "}": "{"}


def braces_status(s):
    stack = []
    for ch in s:
        if ch in "([{":
            stack += [ch]
        elif ch in PAIRS:
            if not stack or stack[-1] != PAIRS[ch]:
                return False
            stack = stack[:-1]
    return not stack
