def is_valid_uid(uid):
    if len(uid) != 10 or len(set(uid)) != 10:
        return False
    uppercase = digits = 0
    for c in uid:
        if "A" <= c <= "Z":
            uppercase += 1
        elif "0" <= c <= "9":
            digits += 1
        elif not "a" <= c <= "z":
            return False
    return uppercase >= 2 and digits >= 3


t = int(input())
for _ in range(t):
    print("Valid" if is_valid_uid(input().rstrip()) else "Invalid")
