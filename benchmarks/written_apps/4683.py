import math


def iter_pi(epsilon):
    # After n terms the error is larger than 2 / (2n + 1), so fewer than
    # 1/epsilon - 1 terms can never be close enough: add those in one go.
    n = int(1 / epsilon) - 2
    n = n if n > 0 else 0
    approx = sum((4.0 if k % 2 == 0 else -4.0) / (2 * k + 1) for k in range(n))
    while math.fabs(approx - math.pi) >= epsilon:
        approx += (4.0 if n % 2 == 0 else -4.0) / (2 * n + 1)
        n += 1
    return [n, float(f"{approx:.10f}")]
