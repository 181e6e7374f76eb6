def string_color(name):
    if len(name) < 2:
        return None
    codes = [ord(c) for c in name]
    total = sum(codes) % 256
    product = 1
    for c in codes:
        product = product * c % 256
    diff = codes[0] - sum(codes[1:])
    diff = (diff if diff >= 0 else -diff) % 256
    return f"{total:02X}{product:02X}{diff:02X}"
