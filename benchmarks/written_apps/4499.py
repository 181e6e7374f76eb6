import sys

sys.set_int_max_str_digits(0)


def convergents_of_e(n):
    # Terms of e's continued fraction: 2; 1, 2, 1, 1, 4, 1, 1, 6, 1, ...
    prev, num = 1, 2
    for i in range(1, n):
        term = 2 * (i + 1) // 3 if i % 3 == 2 else 1
        prev, num = num, term * num + prev
    return sum(int(d) for d in str(num))
