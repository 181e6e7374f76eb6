POSITIONS = {}
for letters in ("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
    POSITIONS.update(zip(letters, range(1, 27)))


def alphabet_position(text):
    return " ".join(str(POSITIONS[ch]) for ch in text if ch in POSITIONS)
