MIXES = {
    (True, False, False): "red",
    (False, True, False): "green",
    (False, False, True): "blue",
    (True, True, False): "yellow",
    (True, False, True): "magenta",
    (False, True, True): "cyan",
    (True, True, True): "white",
}


def hex_color(codes):
    if not codes:
        return "black"
    r, g, b = (int(x) for x in codes.split())
    top = r if r > g else g
    top = top if top > b else b
    if top == 0:
        return "black"
    return MIXES[(r == top, g == top, b == top)]
