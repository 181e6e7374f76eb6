t = int(input())
for _ in range(t):
    s = input().rsplit()[0]
    r = s[::-1].lstrip('0')
    print(r if r else '0')
