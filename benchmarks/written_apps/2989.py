def bits_battle(numbers):
    ones = zeros = 0
    for n in numbers:
        if n == 0:
            continue
        if n % 2 == 1:
            ones += n.bit_count()
        else:
            zeros += n.bit_length() - n.bit_count()
    if ones > zeros:
        return "odds win"
    if ones < zeros:
        return "evens win"
    return "tie"
