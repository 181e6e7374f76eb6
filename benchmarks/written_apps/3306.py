def solve(a, b):
    prefix, star, suffix = a.partition("*")
    if not star:
        return a == b
    return (len(b) >= len(prefix) + len(suffix)
            and b[:len(prefix)] == prefix
            and b[len(b) - len(suffix):] == suffix)
