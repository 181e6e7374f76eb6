from collections import deque


def mid_endian(n):
    h = f"{n:X}"
    if len(h) % 2:
        h = "0" + h
    pieces = [h[i:i + 2] for i in range(0, len(h), 2)]
    out = deque()
    left = False
    for piece in pieces:
        if left:
            out.appendleft(piece)
        else:
            out += [piece]
        left = not left
    return "".join(out)
