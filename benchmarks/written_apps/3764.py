def arbitrate(s, n):
    for i in range(n):
        if s[i] == "1":
            return ("0" * i + "1").ljust(n, "0")
    return "0" * n
