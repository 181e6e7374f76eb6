import re

for _ in range(int(input())):
    print(bool(re.fullmatch(r"[+-]?\d*\.\d+", input())))
