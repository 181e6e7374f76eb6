def find_it(seq):
    counts = {}
    for x in seq:
        counts[x] = counts[x] + 1 if x in counts else 1
    for x in counts:
        if counts[x] % 2 == 1:
            return x
