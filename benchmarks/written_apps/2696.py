def prime_string(s):
    return s not in (s + s)[1:-1]
