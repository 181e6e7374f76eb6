def combine(*args):
    longest = max((len(a) for a in args), default=0)
    result = []
    for i in range(longest):
        for a in args:
            if i < len(a):
                result += [a[i]]
    return result
