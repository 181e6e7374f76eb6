def capitalize(s):
    even = "".join(s[i].upper() if i % 2 == 0 else s[i] for i in range(len(s)))
    odd = "".join(s[i].upper() if i % 2 == 1 else s[i] for i in range(len(s)))
    return [even, odd]
