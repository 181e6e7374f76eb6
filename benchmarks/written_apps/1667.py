def _run_left(arr):
    result = []
    i = 0
    while i < len(arr):
        x = arr[i]
        if type(x) is list:
            result += [_run_left(x)]
            i += 1
            continue
        r = x % (len(arr) - i)
        if r < 3:
            result += [x]
            i += 1
        else:
            result += [arr[i:i + r]]
            i += r
    return result


def _run_right(arr):
    result = []
    i = len(arr) - 1
    while i >= 0:
        x = arr[i]
        if type(x) is list:
            result = [_run_right(x)] + result
            i -= 1
            continue
        r = x % (i + 1)
        if r < 3:
            result = [x] + result
            i -= 1
        else:
            result = [arr[i - r + 1:i + 1]] + result
            i -= r
    return result


def unflatten(flat_array, depth):
    arr = flat_array
    for run in range(depth):
        arr = _run_left(arr) if run % 2 == 0 else _run_right(arr)
    return arr
