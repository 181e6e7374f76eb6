import re

PATTERN = r"([+-]?)(?:0b([01]+)|0o([0-7]+)|0x([0-9a-fA-F]+)|([0-9]+))"


def to_integer(string):
    m = re.fullmatch(PATTERN, string)
    if m is None:
        return None
    sign, binary, octal, hexa, decimal = m.groups()
    if binary:
        value = int(binary, 2)
    elif octal:
        value = int(octal, 8)
    elif hexa:
        value = int(hexa, 16)
    else:
        value = int(decimal, 10)
    return -value if sign == "-" else value
