def sum_even_numbers(seq):
    total = 0
    for x in seq:
        if x % 2 == 0:
            total += x
    return total
