from itertools import product


def is_divisible_by_6(s):
    holes = sum(1 for c in s if c == "*")
    results = []
    for digits in product("0123456789", repeat=holes):
        filled = ""
        k = 0
        for c in s:
            if c == "*":
                filled += digits[k]
                k += 1
            else:
                filled += c
        if int(filled) % 6 == 0:
            results += [filled]
    return results
