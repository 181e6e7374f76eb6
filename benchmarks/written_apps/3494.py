import re


def pig_it(text):
    return re.sub(r"\b([A-Za-z])([A-Za-z]*)\b", r"\2\1ay", text)
