password = input().rsplit()[0]
n = int(input())
words = [input().rsplit()[0] for _ in range(n)]
ok = password in words
has_end = False
has_start = False
for w in words:
    if w.endswith(password[0]):
        has_end = True
    if w[0] == password[1]:
        has_start = True
print("YES" if ok or (has_end and has_start) else "NO")
