def is_divide_by(number, a, b):
    return number % a == 0 and number % b == 0
