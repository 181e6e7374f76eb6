def has_unique_chars(str):
    return len(set(str)) == len(str)
