import math


def calc_type(a, b, res):
    if a + b == res:
        return "addition"
    if a - b == res:
        return "subtraction"
    if b != 0 and math.isclose(a / b, res):
        return "division"
    return "multiplication"
