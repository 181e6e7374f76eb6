def split(x):
    a = ""
    b = ""
    split_done = False
    for d in x:
        if split_done:
            a += "0"
            b += d
        elif d == "1":
            a += "1"
            b += "0"
            split_done = True
        else:
            half = str(int(d) // 2)
            a += half
            b += half
    return a, b


t = int(input())
lines = []
for _ in range(t):
    input()
    a, b = split(input().strip())
    lines += [a, b]
print("\n".join(lines))
