def pattern(n):
    digits = "".join(str(i) for i in range(1, n + 1))
    return "\n".join(digits[i:] + digits[:i] for i in range(n))
