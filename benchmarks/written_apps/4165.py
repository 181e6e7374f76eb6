def uni_total(string):
    return sum(ord(c) for c in string)
