t = int(input())
for _ in range(t):
    a, b = sorted(int(x) for x in input().split())
    side = max(2 * a, b)
    print(side * side)
