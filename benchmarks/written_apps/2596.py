from statistics import mean


def average(array):
    return float(mean(set(array)))


n = int(input())
heights = [int(x) for x in input().rsplit()]
print(average(heights))
