def lottery(s):
    result = ""
    for c in s:
        if c.isdigit() and c not in result:
            result += c
    return result or "One more run!"
