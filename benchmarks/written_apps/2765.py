def specificity(selector):
    ids = classes = tags = 0
    for part in selector.split():
        if part[0] not in "#.*":
            tags += 1
        for ch in part:
            if ch == "#":
                ids += 1
            elif ch == ".":
                classes += 1
    return (ids, classes, tags)


def compare(a, b):
    return a if specificity(a) > specificity(b) else b
