def quicksum(packet):
    total = 0
    for i in range(len(packet)):
        ch = packet[i]
        if ch == " ":
            continue
        if not "A" <= ch <= "Z":
            return 0
        total += (i + 1) * (ord(ch) - 64)
    return total
