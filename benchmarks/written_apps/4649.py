from bisect import bisect_right


def get_section_id(scroll, sizes):
    ends = []
    total = 0
    for size in sizes:
        total += size
        ends += [total]
    index = bisect_right(ends, scroll)
    return index if index < len(ends) else -1
