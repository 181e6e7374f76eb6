def shortest_to_char(s, c):
    if not s or not c or c not in s:
        return []
    positions = [i for i in range(len(s)) if s[i] == c]
    result = []
    for i in range(len(s)):
        best = len(s)
        for p in positions:
            d = p - i if p >= i else i - p
            if d < best:
                best = d
        result += [best]
    return result
