def house_of_cards(floors):
    if type(floors) is not int or floors <= 0:
        raise ValueError("floors must be a positive integer")
    return (floors + 1) * (3 * floors + 4) // 2
