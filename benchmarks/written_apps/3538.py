from math import sin, pi


def scroller(text, amp, period):
    lines = []
    for i, ch in zip(range(len(text)), text):
        offset = round(amp * (1 + sin(2 * pi * i / period)))
        lines += [' ' * offset + ch]
    return '\n'.join(lines)
