KEY = str.maketrans("0123456789", "oblietadnm")


def hidden(num):
    return str(num).translate(KEY)
