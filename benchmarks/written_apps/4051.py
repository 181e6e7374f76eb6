import re


def toUnderScore(name):
    return re.sub(r"(?<=[A-Za-z0-9])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])", "_", name)
