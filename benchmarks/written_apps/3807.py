import bisect


def smaller(arr):
    seen = []
    result = []
    for x in arr[::-1]:
        result += [bisect.bisect(seen, x - 1)]
        position = bisect.bisect(seen, x)
        seen[position:position] = [x]
    return result[::-1]
