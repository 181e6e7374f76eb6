def clean_string(s):
    kept = []
    for c in s:
        if c == "#":
            if kept:
                kept.pop()
        else:
            kept += [c]
    return "".join(kept)
