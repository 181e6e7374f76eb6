def calc(x):
    total1 = "".join(str(ord(c)) for c in x)
    # every 7 turned into a 1 lowers the digit sum by 6
    return sum(6 for d in total1 if d == "7")
