import re


def uncollapse(digits):
    words = re.findall(r"zero|one|two|three|four|five|six|seven|eight|nine", digits)
    return " ".join(words)
