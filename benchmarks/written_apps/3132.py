def alternate_sort(l):
    ordered = sorted(l, key=abs)
    negatives = [x for x in ordered if x < 0]
    others = [x for x in ordered if x >= 0]
    result = []
    for i in range(len(negatives) if len(negatives) > len(others) else len(others)):
        if i < len(negatives):
            result += [negatives[i]]
        if i < len(others):
            result += [others[i]]
    return result
