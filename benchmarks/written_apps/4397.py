def is_thue_morse(seq):
    return all(x == i.bit_count() % 2 for i, x in zip(range(len(seq)), seq))
