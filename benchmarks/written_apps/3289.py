def motif_locator(sequence, motif):
    return [i + 1 for i in range(len(sequence) - len(motif) + 1) if sequence.startswith(motif, i)]
