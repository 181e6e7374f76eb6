def group_by_commas(n):
    return f"{n:,}"
