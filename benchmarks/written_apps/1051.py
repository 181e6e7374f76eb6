t = int(input())
for _ in range(t):
    k = int(input())
    for i in range(k + 1):
        s = str(i)
        print(s.rjust(i + len(s), '*'))
