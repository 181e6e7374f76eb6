def round_to_five(numbers):
    return [int(x / 5 + 0.5) * 5 for x in numbers]
