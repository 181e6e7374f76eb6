def is_odd_heavy(arr):
    odds = [x for x in arr if x % 2]
    evens = [x for x in arr if x % 2 == 0]
    if not odds:
        return False
    if not evens:
        return True
    lowest_odd = odds[0]
    for x in odds:
        if x < lowest_odd:
            lowest_odd = x
    return lowest_odd > max(evens)
