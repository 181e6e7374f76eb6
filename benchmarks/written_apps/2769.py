def decipher(cipher):
    result = ""
    i = 0
    while i < len(cipher):
        # codes 97-99 have two digits, codes 100-122 have three
        width = 3 if cipher[i] == "1" else 2
        result += chr(int(cipher[i:i + width]))
        i += width
    return result
