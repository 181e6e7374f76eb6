from itertools import islice


def every(array, interval=1, start_index=0):
    return list(islice(array, start_index, None, interval))
