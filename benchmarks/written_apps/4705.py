import bisect


def find_a_b(numbers, c):
    n = len(numbers)
    for i in range(n - 1):
        a = numbers[i]
        if a == 0:
            if c == 0:
                return [a, numbers[i + 1]]
            continue
        if c % a != 0:
            continue
        b = c // a
        j = bisect.bisect(numbers, b, i + 1) - 1
        if j > i and numbers[j] == b:
            return [a, b]
    return None
