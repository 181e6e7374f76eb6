def distinct(seq):
    return list(dict.fromkeys(seq))
