def mormons(starting_number, reach, target):
    if starting_number >= target:
        return 0
    return 1 + mormons(starting_number * (reach + 1), reach, target)
