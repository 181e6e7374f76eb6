def base_finder(seq):
    return len(set().union(*seq))
