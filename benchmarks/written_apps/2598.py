a = set(input().split())
n = int(input())
result = True
for _ in range(n):
    other = set(input().split())
    if not a > other:
        result = False
print(result)
