import bisect


def _all_even_digits(n):
    for d in str(n):
        if d not in "02468":
            return False
    return True


def _even_digit_squares(root_digits):
    # Grow the last k digits of the root so that the last k digits of the square are even.
    suffixes = [0]
    power = 1
    for k in range(root_digits):
        suffixes = [
            d * power + s
            for s in suffixes
            for d in range(10)
            if (((d * power + s) ** 2) // power) % 10 % 2 == 0
        ]
        power *= 10
    squares = {root * root for root in suffixes if root > 0 and _all_even_digits(root * root)}
    return sorted(squares)


def even_digit_squares(a, b):
    digits = len(str(int(b ** 0.5) + 1))
    squares = _even_digit_squares(digits)
    lo = bisect.bisect_right(squares, a - 1)
    hi = bisect.bisect_right(squares, b)
    return squares[lo:hi]
