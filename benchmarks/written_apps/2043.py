n = int(input())
left = [0] * (n + 1)
right = [0] * (n + 1)
for i in range(1, n + 1):
    left[i], right[i] = [int(x) for x in input().split()]

order = []
for i in range(1, n + 1):
    if left[i] == 0:
        cur = i
        while cur:
            order += [cur]
            cur = right[cur]

for k in range(n):
    left[order[k]] = order[k - 1] if k > 0 else 0
    right[order[k]] = order[k + 1] if k + 1 < n else 0

print("\n".join(f"{left[i]} {right[i]}" for i in range(1, n + 1)))
