import re


def is_valid_HK_phone_number(number):
    return re.fullmatch(r"\d{4} \d{4}", number) is not None
