import math

n, m = (int(x) for x in input().rsplit())
column_sums = [0] * m
for _ in range(n):
    row = [int(x) for x in input().rsplit()]
    for j in range(m):
        column_sums[j] += row[j]
print(math.prod(column_sums))
