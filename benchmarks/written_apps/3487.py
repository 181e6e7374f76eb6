def beeramid(bonus, price):
    cans = bonus // price if price > 0 else 0
    levels = 0
    while cans >= (levels + 1) ** 2:
        levels += 1
        cans -= levels ** 2
    return levels
