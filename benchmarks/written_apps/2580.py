def rank(c):
    if "a" <= c <= "z":
        return (0, c)
    if "A" <= c <= "Z":
        return (1, c)
    if int(c) % 2 == 1:
        return (2, c)
    return (3, c)


s = input()
print("".join(sorted(s, key=rank)))
