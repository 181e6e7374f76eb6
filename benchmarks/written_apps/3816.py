ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def move_ten(st):
    result = ""
    for letter in st:
        result += ALPHABET[(ALPHABET.index(letter) + 10) % 26]
    return result
