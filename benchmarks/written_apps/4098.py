VALUES = {chr(65 + i): i for i in range(26)}


def new_numeral_system(number):
    total = VALUES[number]
    return [f"{chr(65 + i)} + {chr(65 + total - i)}" for i in range(total // 2 + 1)]
