def explode(arr):
    numbers = [x for x in arr if type(x) is int]
    if not numbers:
        return "Void!"
    return [arr] * sum(numbers)
