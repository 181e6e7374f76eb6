def opposite(number):
    return -number
