def clamp(value):
    return 0 if value < 0 else 255 if value > 255 else value


def rgb(r, g, b):
    return "".join(f"{clamp(v):02X}" for v in (r, g, b))
