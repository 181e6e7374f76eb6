_terms = []
_next = 10


def sum_dif_rev(n):
    global _next
    candidate = _next
    while len(_terms) < n:
        if candidate % 10:
            rev = int(str(candidate)[::-1])
            diff = candidate - rev if candidate > rev else rev - candidate
            if diff and (candidate + rev) % diff == 0:
                _terms.append(candidate)
        candidate += 1
    _next = candidate
    return _terms[n - 1]
