def is_prime(k):
    if k < 2:
        return False
    d = 2
    while d * d <= k:
        if k % d == 0:
            return False
        d += 1
    return True


def total(arr):
    return sum(arr[i] for i in range(len(arr)) if is_prime(i))
