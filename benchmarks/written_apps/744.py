t = int(input())
out = []
for _ in range(t):
    k = int(input())
    half = (k + 1) // 2
    rows = ["*"] + ["*".ljust(j - 1) + "*" for j in range(2, half + 1)]
    out += rows + rows[-2::-1]
print("\n".join(out))
