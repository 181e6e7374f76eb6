def buy_newspaper(s1, s2):
    available = set(s1)
    count = 0
    pos = len(s1)
    for ch in s2:
        if ch not in available:
            return -1
        while True:
            if pos == len(s1):
                pos = 0
                count += 1
            if s1[pos] == ch:
                pos += 1
                break
            pos += 1
    return count
