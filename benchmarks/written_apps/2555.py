n = int(input())
s = set(int(x) for x in input().split())
for _ in range(int(input())):
    command = input().split()
    if command[0] == "pop":
        s.pop()
    else:
        s.discard(int(command[1]))
print(sum(s))
