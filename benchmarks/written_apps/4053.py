from itertools import count


def reverse_factorial(num):
    factorial = 1
    for n in count(1):
        factorial *= n
        if factorial == num:
            return f"{n}!"
        if factorial > num:
            return "None"
