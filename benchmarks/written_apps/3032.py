def factorsRange(n, m):
    factors = {}
    for number in range(n, m + 1):
        divisors = [d for d in range(2, number) if number % d == 0]
        factors[number] = divisors if divisors else ["None"]
    return factors
