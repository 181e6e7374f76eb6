def more_zeros(s):
    result = []
    for ch, code in zip(s, s.encode()):
        digits = bin(code)[2:]
        zeros = sum(1 for d in digits if d == "0")
        if zeros > len(digits) - zeros and ch not in result:
            result += [ch]
    return result
