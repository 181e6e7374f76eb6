import re


def validate_hello(greetings):
    return re.search(r"hello|ciao|salut|hallo|hola|ahoj|czesc", greetings, re.IGNORECASE) is not None
