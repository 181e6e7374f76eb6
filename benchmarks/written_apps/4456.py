def flatten_me(lst):
    flat = []
    for item in lst:
        if type(item) is list:
            flat += item
        else:
            flat += [item]
    return flat
