import math


def check_root(string):
    parts = string.rsplit(",")
    if len(parts) != 4:
        return "incorrect input"
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        return "incorrect input"
    for i in range(3):
        if nums[i + 1] - nums[i] != 1:
            return "not consecutive"
    value = math.prod(nums) + 1
    n = nums[0]
    root = n * n + 3 * n + 1
    if root < 0:
        root = -root
    return f"{value}, {root}"
