def pop_shift(s):
    ends, starts = "", ""
    while len(s) > 1:
        ends += s[-1]
        starts += s[0]
        s = s[1:-1]
    return [ends, starts, s]
