def encrypt(text, rule):
    shifted = bytes((code + rule) % 256 for code in text.encode("latin-1"))
    return shifted.decode("latin-1")
