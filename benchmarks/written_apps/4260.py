def mark_spot(n):
    if type(n) is not int or n <= 0 or n % 2 == 0:
        return "?"
    width = 2 * (n - 1) + 1
    out = ""
    for i in range(n):
        row = [" "] * width
        row[2 * i] = "X"
        row[2 * (n - 1 - i)] = "X"
        out += "".join(row).rstrip() + "\n"
    return out
