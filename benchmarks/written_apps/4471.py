def lamps(a):
    starting_off = sum(1 for i in range(len(a)) if a[i] != i % 2)
    return starting_off if starting_off < len(a) - starting_off else len(a) - starting_off
