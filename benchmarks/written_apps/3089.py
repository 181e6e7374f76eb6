def dashatize(num):
    segments = []
    evens = ""
    for ch in str(num):
        if ch == "-":
            continue
        if ch in "13579":
            if evens:
                segments += [evens]
                evens = ""
            segments += [ch]
        else:
            evens += ch
    if evens:
        segments += [evens]
    return "-".join(segments)
