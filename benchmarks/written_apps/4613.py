def add(a, b):
    a, b = a[::-1], b[::-1]
    result = ""
    carry = 0
    for i in range(len(a) if len(a) > len(b) else len(b)):
        total = carry
        if i < len(a) and a[i] == "1":
            total += 1
        if i < len(b) and b[i] == "1":
            total += 1
        result += "1" if total % 2 else "0"
        carry = total // 2
    if carry:
        result += "1"
    result = result[::-1]
    while len(result) > 1 and result[0] == "0":
        result = result[1:]
    return result
