def kooka_counter(laughing):
    count = 0
    prev = None
    for c in laughing[::2]:
        if c != prev:
            count += 1
            prev = c
    return count
