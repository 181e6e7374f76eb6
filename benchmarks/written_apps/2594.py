n = int(input())
counts = {}
for _ in range(n):
    word = input()
    counts[word] = counts[word] + 1 if word in counts else 1
print(len(counts))
print(" ".join(str(counts[word]) for word in counts))
