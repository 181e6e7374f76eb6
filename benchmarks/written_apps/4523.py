def _digit_sum(n):
    return sum(int(d) for d in str(n))


def solve(n):
    s = str(n)
    best = n
    for i in range(len(s)):
        if s[i] == "0":
            continue
        candidate = int(s[:i] + str(int(s[i]) - 1) + "9" * (len(s) - i - 1))
        if _digit_sum(candidate) > _digit_sum(best) or (
                _digit_sum(candidate) == _digit_sum(best) and candidate > best):
            best = candidate
    return best
