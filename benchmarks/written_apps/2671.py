def cat_mouse(x, j):
    if "C" not in x or "D" not in x or "m" not in x:
        return "boring without all three"
    cat, dog, mouse = x.index("C"), x.index("D"), x.index("m")
    lo, hi = (cat, mouse) if cat < mouse else (mouse, cat)
    if hi - lo > j:
        return "Escaped!"
    if lo < dog < hi:
        return "Protected!"
    return "Caught!"
