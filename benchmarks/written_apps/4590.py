def alt_or(lst):
    if not lst:
        return None
    return True in lst
