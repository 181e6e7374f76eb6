def f(n):
    with_last, without_last = 1, 1
    for _ in range(2, n + 1):
        with_last, without_last = without_last, with_last + without_last
    return with_last + without_last - 1
