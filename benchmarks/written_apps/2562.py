from itertools import groupby

s = input()
print(" ".join(f"({len(list(group))}, {digit})" for digit, group in groupby(s)))
