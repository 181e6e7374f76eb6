from itertools import combinations_with_replacement

s, _, k = input().partition(" ")
for combo in combinations_with_replacement(sorted(s), int(k)):
    print("".join(combo))
