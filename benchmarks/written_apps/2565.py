thickness = int(input())
c = "H"
t = thickness

for i in range(t):
    print(f"{c * i:>{t - 1}}" + c + f"{c * i:<{t - 1}}")

for i in range(t + 1):
    print(f"{c * t:^{t * 2}}" + f"{c * t:^{t * 6}}")

for i in range((t + 1) // 2):
    print(f"{c * t * 5:^{t * 6}}")

for i in range(t + 1):
    print(f"{c * t:^{t * 2}}" + f"{c * t:^{t * 6}}")

for i in range(t):
    cone = f"{c * (t - i - 1):>{t}}" + c + f"{c * (t - i - 1):<{t}}"
    print(f"{cone:>{t * 6}}")
