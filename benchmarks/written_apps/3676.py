def sum_it_up(numbers_with_bases):
    return sum(int(digits, base) for digits, base in numbers_with_bases)
