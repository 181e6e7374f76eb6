def uniq_c(seq):
    result = []
    for item in seq:
        if result and result[-1][0] == item:
            result[-1] = (item, result[-1][1] + 1)
        else:
            result += [(item, 1)]
    return result
