def expand(st, i):
    """Expand st from index i up to the matching ')' (or the end); return (text, index)."""
    out = ""
    while i < len(st) and st[i] != ")":
        ch = st[i]
        if ch in "123456789":
            inner, i = expand(st, i + 2)  # skip the digit and its '('
            out += inner * int(ch)
            i += 1
        elif ch == "(":
            inner, i = expand(st, i + 1)
            out += inner
            i += 1
        else:
            out += ch
            i += 1
    return out, i


def solve(st):
    return expand(st, 0)[0]
