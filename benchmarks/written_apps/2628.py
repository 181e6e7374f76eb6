first, _, second = input().partition(" ")
n, m = int(first), int(second)

positions = {}
for i in range(1, n + 1):
    word = input()
    indices = positions.setdefault(word, [])
    indices += [str(i)]

for _ in range(m):
    word = input()
    print(" ".join(positions[word]) if word in positions else -1)
