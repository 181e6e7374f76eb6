import statistics


def find_average(nums):
    if not nums:
        return 0
    return statistics.mean(nums)
