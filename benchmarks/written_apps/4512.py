def find_num(n):
    sequence = list(range(11))
    used = set(sequence)
    while len(sequence) <= n:
        digits = set(str(sequence[-1]))
        candidate = 0
        while candidate in used or digits & set(str(candidate)):
            candidate += 1
        sequence += [candidate]
        used |= {candidate}
    return sequence[n]
