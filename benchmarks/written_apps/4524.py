from statistics import mean


def permutation_average(n):
    digits = [int(d) for d in str(n)]
    ones = int("1" * len(digits))
    # Over all distinct permutations every position holds each digit in proportion to
    # its multiplicity, so the average number is (mean digit) * 11...1.
    return round(mean([d * ones for d in digits]))
