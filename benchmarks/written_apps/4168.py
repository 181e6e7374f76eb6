def string_hash(s):
    codes = [ord(c) for c in s]
    a = sum(codes)
    b = sum(codes[i + 1] - codes[i] for i in range(len(codes) - 1))
    c = (a | b) & (~a << 2)
    spaces = sum(1 for character in s if character == " ")
    return c ^ (32 * (spaces + 1))
