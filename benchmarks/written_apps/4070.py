def magic_sum(arr):
    if not arr:
        return 0
    return sum(x for x in arr if x % 2 and "3" in str(x))
