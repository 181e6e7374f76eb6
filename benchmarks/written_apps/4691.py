def solve(s):
    upper = lower = digits = special = 0
    for ch in s:
        if "A" <= ch <= "Z":
            upper += 1
        elif "a" <= ch <= "z":
            lower += 1
        elif ch.isdigit():
            digits += 1
        else:
            special += 1
    return [upper, lower, digits, special]
