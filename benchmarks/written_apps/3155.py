def fit_in(a, b, m, n):
    big = a if a > b else b
    short_side = m if m < n else n
    long_side = m if m > n else n
    return a + b <= long_side and big <= short_side
