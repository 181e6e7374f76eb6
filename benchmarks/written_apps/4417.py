def ends_in_one(n):
    seen = set()
    while n != 1 and n not in seen:
        seen |= {n}
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


def solve(a, b):
    is_prime = [True] * b
    is_prime[:2] = [False, False][:b]
    for i in range(2, b):
        if i * i >= b:
            break
        if is_prime[i]:
            for j in range(i * i, b, i):
                is_prime[j] = False
    return sum(1 for n in range(a, b) if is_prime[n] and ends_in_one(n))
