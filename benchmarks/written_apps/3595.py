def _counts(s):
    counts = {}
    for ch in s.casefold():
        counts[ch] = counts[ch] + 1 if ch in counts else 1
    return counts


def _swap_by(target, counts):
    out = ""
    for ch in target:
        key = ch.casefold()
        out += ch.swapcase() if key in counts and counts[key] % 2 else ch
    return out


def work_on_strings(a, b):
    return _swap_by(a, _counts(b)) + _swap_by(b, _counts(a))
