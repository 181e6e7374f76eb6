numbers = [int(token) for token in input().split()]
print(sum(numbers))
