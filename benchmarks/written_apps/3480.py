def sequence_sum(b, e, s):
    if s == 0 or (e - b) * s < 0:
        return 0
    terms = (e - b) // s + 1
    return terms * b + s * terms * (terms - 1) // 2
