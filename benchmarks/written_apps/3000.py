def mul_power(n, k):
    multiplier = 1
    divisor = 2
    while divisor * divisor <= n:
        exponent = 0
        while n % divisor == 0:
            n //= divisor
            exponent += 1
        multiplier *= divisor ** ((k - exponent % k) % k)
        divisor += 1
    if n > 1:
        multiplier *= n ** (k - 1)
    return multiplier
