def is_increasing(values):
    return all(values[i] < values[i + 1] for i in range(len(values) - 1))


def almost_increasing_sequence(sequence):
    for i in range(len(sequence) - 1):
        if sequence[i] >= sequence[i + 1]:
            return (is_increasing(sequence[:i] + sequence[i + 1:])
                    or is_increasing(sequence[:i + 1] + sequence[i + 2:]))
    return True
