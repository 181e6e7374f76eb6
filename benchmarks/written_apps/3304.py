def is_inertial(arr):
    odds = [v for v in arr if v % 2 == 1]
    if not odds:
        return False
    largest = max(arr)
    if largest % 2 == 1:
        return False
    other_evens = [v for v in arr if v % 2 == 0 and v != largest]
    if not other_evens:
        return True
    return min(odds) > max(other_evens)
