def sort_by_bit(arr):
    arr[:] = sorted(arr, key=lambda x: (x.bit_count(), x))
    return arr
