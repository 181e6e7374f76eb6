LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER_PARITY = {c: i % 2 for i, c in zip(range(26), LOWER)}
UPPER_PARITY = {c: i % 2 for i, c in zip(range(26), UPPER)}


def encode(s):
    out = ""
    for ch in s:
        if ch.islower() and ch in LOWER_PARITY:
            out += str(LOWER_PARITY[ch])
        elif ch in UPPER_PARITY:
            out += str(UPPER_PARITY[ch])
        else:
            out += ch
    return out
