import bisect


def build_prefix_sums(limit):
    sums = []
    y = 0
    while y < limit:
        p = int(y ** 0.5)
        while p * p > y:
            p -= 1
        while p * p <= y:
            p += 1
        y += p * p
        sums = sums + [y]
    return sums


def main():
    data = open(0).read().rsplit()
    t = int(data[0])
    sums = build_prefix_sums(10 ** 19)
    out = []
    for i in range(1, t + 1):
        x = int(data[i])
        moves_before = bisect.bisect(sums, x * x - 1)
        out = out + [str(moves_before + 1)]
    print("\n".join(out))


main()
