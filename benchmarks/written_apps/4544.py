def prime_factor_sum(n):
    total = 0
    divisor = 2
    while divisor * divisor <= n:
        while n % divisor == 0:
            total += divisor
            n //= divisor
        divisor += 1
    if n > 1:
        total += n
    return total


def factor_sum(n):
    while True:
        following = prime_factor_sum(n)
        if following == n:
            return n
        n = following
