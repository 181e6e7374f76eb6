def number(lines):
    return [f"{n}: {line}" for n, line in enumerate(lines, 1)]
