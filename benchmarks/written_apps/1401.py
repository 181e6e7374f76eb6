from bisect import bisect_right

n, k = (int(v) for v in input().rsplit())
prices = sorted(int(v) for v in input().rsplit())
prefix = []
total = 0
for price in prices:
    total += price
    prefix += [total]
print(bisect_right(prefix, k))
