def find_screen_height(width, ratio):
    w, h = ratio.split(":")
    return f"{width}x{width * int(h) // int(w)}"
