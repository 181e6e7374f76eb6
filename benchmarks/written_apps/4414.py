from itertools import zip_longest


def compare_versions(version1, version2):
    first = [int(part) for part in version1.rsplit(".")]
    second = [int(part) for part in version2.rsplit(".")]
    for a, b in zip_longest(first, second, fillvalue=0):
        if a != b:
            return a > b
    return True
