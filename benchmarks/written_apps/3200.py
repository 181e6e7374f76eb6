REMAINDERS = [1, 10, 9, 12, 3, 4]


def thirt(n):
    while True:
        total = 0
        position = 0
        for digit in reversed(str(n)):
            total += int(digit) * REMAINDERS[position % 6]
            position += 1
        if total == n:
            return total
        n = total
