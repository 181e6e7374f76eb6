def super_size(n):
    return int("".join(sorted(str(n), reverse=True)))
