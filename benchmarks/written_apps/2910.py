def small_enough(a, limit):
    return max(a) <= limit
