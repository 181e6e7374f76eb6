import bisect


def max_and_min(arr1, arr2):
    a = sorted(arr1)
    b = sorted(arr2)
    biggest = b[-1] - a[0]
    if a[-1] - b[0] > biggest:
        biggest = a[-1] - b[0]
    smallest = None
    for x in a:
        pos = bisect.bisect_right(b, x)
        for j in (pos - 1, pos):
            if 0 <= j < len(b):
                d = x - b[j] if x >= b[j] else b[j] - x
                if smallest is None or d < smallest:
                    smallest = d
    return [biggest, smallest]
