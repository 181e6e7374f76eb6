_TO_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def remove_rotten(bag_of_fruits):
    if not bag_of_fruits:
        return []
    result = []
    for fruit in bag_of_fruits:
        if fruit.startswith("rotten"):
            fruit = fruit[len("rotten"):]
        result += [fruit.translate(_TO_LOWER)]
    return result
