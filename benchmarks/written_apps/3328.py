ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def caeser(message, key):
    shift = key % 26
    table = str.maketrans(ALPHABET, ALPHABET[shift:] + ALPHABET[:shift])
    return message.upper().translate(table)
