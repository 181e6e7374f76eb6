t = int(input())
for _ in range(t):
    n, k = (int(x) for x in input().rsplit())
    dictionary = input().rsplit()
    modern = set()
    for _ in range(k):
        phrase = input().rsplit()
        modern = modern.union(phrase[1:])
    print(" ".join("YES" if word in modern else "NO" for word in dictionary))
