from statistics import mode


def find_uniq(arr):
    common = mode(arr[:3])
    for x in arr:
        if x != common:
            return x
