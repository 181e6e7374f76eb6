def aks_test(p):
    if p < 2:
        return False
    coefficient = 1
    for k in range(1, p // 2 + 1):
        coefficient = coefficient * (p - k + 1) // k
        if coefficient % p != 0:
            return False
    return True
