def rankings(arr):
    order = sorted(arr, key=lambda value: -value)
    rank = {order[i]: i + 1 for i in range(len(order))}
    return [rank[value] for value in arr]
