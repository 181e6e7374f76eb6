import re

VALID = r"\S+ <[A-Za-z][A-Za-z0-9_.-]*@[A-Za-z]+\.[A-Za-z]{1,3}>$"

n = int(input())
for _ in range(n):
    line = input()
    if re.match(VALID, line):
        print(line)
