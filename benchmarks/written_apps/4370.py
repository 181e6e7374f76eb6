def indices(n, d):
    if n == 1:
        return [[d]]
    result = []
    for first in range(d + 1):
        for rest in indices(n - 1, d - first):
            result += [[first] + rest]
    return result
