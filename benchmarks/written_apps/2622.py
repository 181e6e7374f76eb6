input()
array = input().split()
liked = set(input().split())
disliked = set(input().split())
happiness = 0
for value in array:
    if value in liked:
        happiness += 1
    elif value in disliked:
        happiness -= 1
print(happiness)
