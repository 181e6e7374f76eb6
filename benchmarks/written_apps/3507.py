def delete_nth(order, max_e):
    seen = {}
    result = []
    for x in order:
        k = seen.get(x, 0)
        if k < max_e:
            seen[x] = k + 1
            result += [x]
    return result
