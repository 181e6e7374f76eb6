def find_digit(num, nth):
    if nth <= 0:
        return -1
    num = num if num >= 0 else -num
    return num // 10 ** (nth - 1) % 10
