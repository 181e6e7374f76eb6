def transpose_two_strings(arr):
    first, second = arr
    rows = []
    for i in range(len(first) if len(first) > len(second) else len(second)):
        top = first[i] if i < len(first) else " "
        bottom = second[i] if i < len(second) else " "
        rows += [top + " " + bottom]
    return "\n".join(rows)
