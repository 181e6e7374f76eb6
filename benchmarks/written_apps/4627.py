def closest(lst):
    best = abs(lst[0])
    for x in lst:
        if abs(x) < best:
            best = abs(x)
    found = {x for x in lst if x == best or x == -best}
    if len(found) > 1:
        return None
    return found.pop()
