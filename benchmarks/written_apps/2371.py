def shortest_prefix(a):
    i = len(a) - 1
    while i > 0 and a[i - 1] >= a[i]:
        i -= 1
    while i > 0 and a[i - 1] <= a[i]:
        i -= 1
    return i


t = int(input())
out = []
for _ in range(t):
    input()
    a = [int(x) for x in input().split()]
    out += [str(shortest_prefix(a))]
print("\n".join(out))
