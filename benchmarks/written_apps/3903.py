import re

PATTERN = r"MDZHB \d{2} \d{3} [A-Z]+ \d{2} \d{2} \d{2} \d{2}"


def validate(message):
    return re.fullmatch(PATTERN, message) is not None
