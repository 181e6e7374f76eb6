def number_of_carries(a, b):
    carry = 0
    count = 0
    while a or b:
        carry = (a % 10 + b % 10 + carry) // 10
        count += carry
        a //= 10
        b //= 10
    return count
