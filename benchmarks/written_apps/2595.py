import cmath

z = complex(input())
print((z.real ** 2 + z.imag ** 2) ** 0.5)
print(cmath.phase(z))
