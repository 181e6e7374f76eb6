from fractions import Fraction

tokens = input().rsplit()
count = int(tokens[0])
for i in range(count):
    a = Fraction(tokens[1 + 2 * i])
    e = int(tokens[2 + 2 * i])
    value = a * Fraction(10) ** e
    cents = int(value * 100 + Fraction(1, 2))
    print(f"{cents // 100}.{cents % 100:02d}")
