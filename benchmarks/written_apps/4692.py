from itertools import accumulate


def max_profit(prices):
    lowest_so_far = list(accumulate(prices, lambda a, b: a if a < b else b))
    best = prices[1] - prices[0]
    for i in range(1, len(prices)):
        profit = prices[i] - lowest_so_far[i - 1]
        if profit > best:
            best = profit
    return best
