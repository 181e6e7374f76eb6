def reverse_middle(lst):
    n = len(lst)
    if n % 2 == 0:
        middle = lst[n // 2 - 1:n // 2 + 1]
    else:
        middle = lst[n // 2 - 1:n // 2 + 2]
    return middle[::-1]
