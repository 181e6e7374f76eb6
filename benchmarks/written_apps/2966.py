import re


def calculate(string):
    a, b = (int(v) for v in re.findall(r"\d+", string))
    return a - b if "loses" in string else a + b
