def series_slices(digits, n):
    if n > len(digits):
        raise ValueError("slice length is larger than the string")
    numbers = [int(d) for d in digits]
    return [numbers[i:i + n] for i in range(len(numbers) - n + 1)]
