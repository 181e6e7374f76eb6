P = input()
in_range = len(P) == 6 and P[0] in "123456789" and all(c in "0123456789" for c in P)
alternating_pairs = sum(1 for i in range(len(P) - 2) if P[i] == P[i + 2])
print(in_range and alternating_pairs < 2)
