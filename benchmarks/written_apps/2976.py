def accum(s):
    parts = []
    for i in range(len(s)):
        parts += [(s[i] * (i + 1)).capitalize()]
    return "-".join(parts)
