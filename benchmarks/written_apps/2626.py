input()
a = set(int(x) for x in input().rsplit())
n = int(input())
for _ in range(n):
    op = input().rsplit()[0]
    other = set(int(x) for x in input().rsplit())
    if op == 'update':
        a = a.union(other)
    elif op == 'intersection_update':
        a &= other
    elif op == 'difference_update':
        a -= other
    elif op == 'symmetric_difference_update':
        a ^= other
print(sum(a))
