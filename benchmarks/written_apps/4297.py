def get_mean(arr, x, y):
    if not (1 < x <= len(arr) and 1 < y <= len(arr)):
        return -1
    head = sum(arr[:x]) / x
    tail = sum(arr[-y:]) / y
    return (head + tail) / 2
