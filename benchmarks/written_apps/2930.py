def summation(num):
    return num * (num + 1) // 2
