def order_weight(strng):
    numbers = strng.split()
    return " ".join(sorted(numbers, key=lambda s: (sum(int(d) for d in s), s)))
