MENU = ["burger", "fries", "chicken", "pizza", "sandwich", "onionrings", "milkshake", "coke"]


def get_order(order):
    counts = {item: 0 for item in MENU}
    i = 0
    while i < len(order):
        for item in MENU:
            if order[i:i + len(item)] == item:
                counts[item] += 1
                i += len(item)
                break
        else:
            i += 1
    words = []
    for item in MENU:
        words += [item.title()] * counts[item]
    return " ".join(words)
