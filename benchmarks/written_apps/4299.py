def is_prime_happy(n):
    total = 0
    found = False
    for k in range(2, n):
        if all(k % d for d in range(2, int(k ** 0.5) + 1)):
            total += k
            found = True
    return found and total % n == 0
