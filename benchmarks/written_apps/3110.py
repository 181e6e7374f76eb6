def two_decimal_places(n):
    return round(n, 2)
