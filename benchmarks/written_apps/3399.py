LOW = "abcdefghijklmnopqrstuvwxyz"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
POS = {}
for _i in range(26):
    POS[LOW[_i]] = _i
    POS[UP[_i]] = _i


def alpha_seq(string):
    idx = sorted(POS[c] for c in string)
    parts = [UP[i].ljust(i + 1, LOW[i]) for i in idx]
    return ",".join(parts)
