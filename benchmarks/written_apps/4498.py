VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def solution(roman):
    total = 0
    for i in range(len(roman)):
        value = VALUES[roman[i]]
        if i + 1 < len(roman) and VALUES[roman[i + 1]] > value:
            total -= value
        else:
            total += value
    return total
