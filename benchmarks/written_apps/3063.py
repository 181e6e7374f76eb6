import statistics

REGULAR = {"banana", "orange", "apple", "lemon", "grapes"}
SPECIAL = {"avocado", "strawberry", "mango"}


def mix_fruit(arr):
    prices = []
    for name in arr:
        key = name.casefold()
        if key in REGULAR:
            prices += [5]
        elif key in SPECIAL:
            prices += [7]
        else:
            prices += [9]
    return round(statistics.mean(prices))
