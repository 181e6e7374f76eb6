from math import perm

n = int(input())
letters = input().rsplit()
k = int(input())
others = 0
for c in letters:
    if c != 'a':
        others += 1
probability = 1 - perm(others, k) / perm(n, k)
print(f"{probability:.12f}")
