def gap(num):
    # trailing zeros are not surrounded by ones, so drop them first
    bits = f"{num:b}".rstrip("0")
    longest = 0
    for run in bits.rsplit("1"):
        if len(run) > longest:
            longest = len(run)
    return longest
