from itertools import product

a = [int(x) for x in input().rsplit()]
b = [int(x) for x in input().rsplit()]
print(" ".join(str(pair) for pair in product(a, b)))
