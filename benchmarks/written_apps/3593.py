def capitalize(s, ind):
    positions = set(ind)
    return "".join(s[i].upper() if i in positions else s[i] for i in range(len(s)))
