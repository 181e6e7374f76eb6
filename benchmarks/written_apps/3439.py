def digit_sum(n):
    return sum(int(d) for d in str(n))


def solve(n):
    a = 0
    while a * 10 + 9 <= n:
        a = a * 10 + 9
    return digit_sum(a) + digit_sum(n - a)
