records = []
for _ in range(int(input())):
    name = input()
    score = float(input())
    records += [(name, score)]
second_lowest = sorted({score for _, score in records})[1]
print(*sorted(name for name, score in records if score == second_lowest), sep="\n")
