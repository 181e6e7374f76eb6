def cyclic_string(s):
    for k in range(1, len(s) + 1):
        if s[k:] == s[:len(s) - k]:
            return k
