import math


def order(pizzas, salads, appetizers):
    pizza_time = 0
    if pizzas > 0:
        pizza_time = 1.5 * pizzas + 10 * math.ceil(pizzas / 10)
    side_time = 3 * salads + 5 * appetizers
    return max(pizza_time, side_time)
