def positive_to_negative(binary):
    width = len(binary)
    if width == 0:
        return []
    value = int(''.join(str(b) for b in binary), 2)
    negated = (-value) % (1 << width)
    text = f'{negated:b}'.zfill(width)
    return [int(c) for c in text]
