def add(s1, s2):
    return sum(ord(c) for c in s1 + s2)
