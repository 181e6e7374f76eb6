from itertools import chain


def lowest_arrays(arr):
    if type(arr[0]) is not list:
        return [arr]
    return list(chain.from_iterable(lowest_arrays(sub) for sub in arr))


def near_flatten(nested):
    return sorted(lowest_arrays(nested), key=lambda arr: sorted(arr)[0])
