from itertools import permutations


def sc_perm_comb(num):
    digits = str(num)
    numbers = set()
    for size in range(1, len(digits) + 1):
        for arrangement in permutations(digits, size):
            if arrangement[0] != "0" or size == 1:
                numbers |= {int("".join(arrangement))}
    return sum(numbers)
