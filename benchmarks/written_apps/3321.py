def evil(n):
    ones = 0
    while n:
        ones += n & 1
        n >>= 1
    return "It's Evil!" if ones % 2 == 0 else "It's Odious!"
