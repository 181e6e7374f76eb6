ALPHABET = "abcdefghijklmnopqrstuvwxyz"
TABLE = str.maketrans(ALPHABET, ALPHABET[::-1])


def decode(message):
    return message.translate(TABLE)
