def row_sum_odd_numbers(n):
    # row n holds n consecutive odd numbers centred on n*n, so it sums to n**3
    return n ** 3
