def highest_age(group1, group2):
    totals = {}
    for person in group1 + group2:
        name = person["name"]
        totals[name] = totals.setdefault(name, 0) + person["age"]
    best = None
    for name in totals:
        if best is None or totals[name] > totals[best] or (totals[name] == totals[best] and name < best):
            best = name
    return best
