def swap(s, n):
    bits = f"{n:b}"
    out = ""
    position = 0
    for c in s:
        swapped = c.swapcase()
        if swapped != c:
            if bits[position % len(bits)] == "1":
                c = swapped
            position += 1
        out += c
    return out
