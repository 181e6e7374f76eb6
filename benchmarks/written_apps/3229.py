def am_i_wilson(n):
    if n < 2 or any(n % d == 0 for d in range(2, int(n ** 0.5) + 1)):
        return False
    square = n * n
    fact = 1
    for k in range(2, n):
        fact = fact * k % square
    return (fact + 1) % square == 0
