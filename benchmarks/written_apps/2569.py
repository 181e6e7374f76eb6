s = input()
result = ""
previous = " "
for ch in s:
    result += ch.upper() if previous == " " else ch
    previous = ch
print(result)
