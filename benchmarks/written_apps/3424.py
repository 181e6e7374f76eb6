def digitize(n):
    return [int(digit) for digit in str(n)]
