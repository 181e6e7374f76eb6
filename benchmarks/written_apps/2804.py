from itertools import cycle


def custom_christmas_tree(chars, n):
    source = cycle(chars)
    lines = []
    for i in range(n):
        row = [c for _, c in zip(range(i + 1), source)]
        lines += [" " * (n - 1 - i) + " ".join(row)]
    lines += [" " * (n - 1) + "|"] * (n // 3)
    return "\n".join(lines)
