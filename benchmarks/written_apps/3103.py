def unique(integers):
    seen = set()
    result = []
    for x in integers:
        if x not in seen:
            seen |= {x}
            result += [x]
    return result
