SWAP = str.maketrans("789123", "123789")


def computer_to_phone(numbers):
    return numbers.translate(SWAP)
