def has_two_cube_sums(n):
    ways = 0
    a = 1
    while 2 * a ** 3 < n:
        b = round((n - a ** 3) ** (1 / 3))
        for c in (b - 1, b, b + 1):
            if c > a and a ** 3 + c ** 3 == n:
                ways += 1
        a += 1
    return ways >= 2
