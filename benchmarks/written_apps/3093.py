def insert_dash(num):
    digits = str(num)
    result = digits[0]
    for prev, cur in zip(digits, digits[1:]):
        if int(prev) % 2 == 1 and int(cur) % 2 == 1:
            result += "-"
        result += cur
    return result
