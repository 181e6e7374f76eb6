def list_depth(l):
    depth = 1
    for item in l:
        if type(item) is list:
            sub = 1 + list_depth(item)
            if sub > depth:
                depth = sub
    return depth
