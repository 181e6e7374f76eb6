def _carries(a, b):
    carry = 0
    count = 0
    for x, y in zip(a[::-1], b[::-1]):
        carry = (int(x) + int(y) + carry) // 10
        count += carry
    return count


def solve(s):
    out = []
    for line in s.split("\n"):
        a, b = line.split()
        width = len(a) if len(a) > len(b) else len(b)
        k = _carries("0" * (width - len(a)) + a, "0" * (width - len(b)) + b)
        out += ["No carry operation" if k == 0 else f"{k} carry operations"]
    return "\n".join(out)
