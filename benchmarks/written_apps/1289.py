import math

t = int(input())
for _ in range(t):
    n = int(input())
    print(math.prod(range(1, 2 * n, 2)))
