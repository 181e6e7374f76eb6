from fractions import Fraction

n = int(input())
product = Fraction(1)
for _ in range(n):
    num, den = (int(x) for x in input().rsplit())
    product *= Fraction(num, den)
print(product.numerator, product.denominator)
