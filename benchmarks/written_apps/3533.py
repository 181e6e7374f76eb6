def de_nico(key, msg):
    ordered = sorted(key)
    position = {ch: i for i, ch in zip(range(len(ordered)), ordered)}
    ranks = [position[ch] for ch in key]
    width = len(key)
    decoded = ""
    for start in range(0, len(msg), width):
        row = msg[start:start + width]
        for r in ranks:
            decoded += row[r] if r < len(row) else " "
    return decoded.rstrip()
