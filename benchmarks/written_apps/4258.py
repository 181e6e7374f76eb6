def series_sum(n):
    return f"{sum(1 / (1 + 3 * i) for i in range(n)):.2f}"
