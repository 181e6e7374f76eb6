import re


def signed_eight_bit_number(number):
    if not re.fullmatch(r"0|-?[1-9][0-9]*", number):
        return False
    return -128 <= int(number) <= 127
