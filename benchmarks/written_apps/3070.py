def unique_sum(lst):
    if not lst:
        return None
    return sum(set(lst))
