import re


def dad_filter(string):
    return re.sub(r"[,\s]+$", "", re.sub(r",+", ",", string))
