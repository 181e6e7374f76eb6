def odd_or_even(arr):
    return "odd" if sum(arr) % 2 else "even"
