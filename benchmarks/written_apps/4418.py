def get_function(sequence):
    step = sequence[1] - sequence[0]
    start = sequence[0]
    for x in range(len(sequence)):
        if sequence[x] != start + step * x:
            return "Non-linear sequence"
    return lambda x: step * x + start
