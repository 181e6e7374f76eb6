POSITIONS = {}
for letters in ("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
    POSITIONS.update(zip(letters, range(1, 27)))


def encode(string):
    return "".join(str(POSITIONS[ch]) if ch in POSITIONS else ch for ch in string)
