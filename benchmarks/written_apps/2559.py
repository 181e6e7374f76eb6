t = int(input())
for _ in range(t):
    input()
    a = set(input().rsplit())
    input()
    b = set(input().rsplit())
    print(a.union(b) == b)
