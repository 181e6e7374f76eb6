def add_binary(a, b):
    return bin(a + b)[2:]
