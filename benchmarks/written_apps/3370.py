def without_last(lst):
    return lst[:-1]
