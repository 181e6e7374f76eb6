def combine_strings(*args):
    longest = 0
    for s in args:
        if len(s) > longest:
            longest = len(s)
    return "".join(s[i] for i in range(longest) for s in args if i < len(s))
