def validate_sequence(sequence):
    steps = {b - a for a, b in zip(sequence, sequence[1:])}
    return len(steps) == 1
