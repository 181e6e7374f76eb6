from fractions import Fraction

a, b, c, d = sorted(int(x) for x in input().rsplit())
if Fraction(a, b) == Fraction(c, d):
    print("Possible")
else:
    print("Impossible")
