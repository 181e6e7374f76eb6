def sort_array(value):
    return "".join(sorted(value))
