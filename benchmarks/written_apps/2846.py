def modified_sum(a, n):
    return sum(x ** n - x for x in a)
