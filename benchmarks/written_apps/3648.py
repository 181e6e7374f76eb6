def summy(s):
    return sum(int(token) for token in s.split())
