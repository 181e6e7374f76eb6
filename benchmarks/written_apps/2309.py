def main():
    data = open(0).read().split()
    pos = 0
    t = int(data[pos])
    pos += 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        pos += 1
        a = [int(x) for x in data[pos:pos + n]]
        pos += n
        diffs = {x - y for x in a for y in a if x > y}
        chosen = []
        candidate = 1
        while len(chosen) < n:
            for b in chosen:
                if candidate - b in diffs:
                    break
            else:
                chosen += [candidate]
            candidate += 1
        out += ["YES", " ".join(str(b) for b in chosen) + " "]
    print("\n".join(out))


main()
