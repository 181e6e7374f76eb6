def pattern(n):
    lines = ["1"]
    for k in range(2, n + 1):
        lines += ["1" + "*" * (k - 1) + str(k)]
    return "\n".join(lines)
