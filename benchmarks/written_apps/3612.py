def loose_change(coins_list, amount_of_change):
    INF = float("inf")
    best = [0] + [INF] * amount_of_change
    for amount in range(1, amount_of_change + 1):
        for coin in coins_list:
            if coin <= amount and best[amount - coin] + 1 < best[amount]:
                best[amount] = best[amount - coin] + 1
    return best[amount_of_change]
