def friend(x):
    return [name for name in x if len(name) == 4]
