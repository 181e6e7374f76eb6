def getMatrixProduct(a, b):
    if len(a[0]) != len(b):
        return -1
    cols = len(b[0])
    return [[sum(row[k] * b[k][j] for k in range(len(b))) for j in range(cols)] for row in a]
