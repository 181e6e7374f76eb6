from array import array


def goldbach_partitions(n):
    if n % 2 or n < 4:
        return []
    is_prime = array("B", [1]) * (n + 1)
    is_prime[0] = is_prime[1] = 0
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = 0
        i += 1
    return [f"{p}+{n - p}" for p in range(2, n // 2 + 1) if is_prime[p] and is_prime[n - p]]
