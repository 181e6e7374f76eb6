def ones_counter(input):
    runs = []
    current = 0
    for bit in input:
        if bit == 1:
            current += 1
        elif current:
            runs += [current]
            current = 0
    if current:
        runs += [current]
    return runs
