import re


def calculate(s):
    total = 0
    for operator, number in re.findall(r"(plus|minus)?(\d+)", s):
        total += -int(number) if operator == "minus" else int(number)
    return str(total)
