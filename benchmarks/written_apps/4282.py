def hungry_seven(arr):
    arr = list(arr)
    changed = True
    while changed:
        changed = False
        for i in range(len(arr) - 2):
            if arr[i:i + 3] == [7, 8, 9]:
                arr[i:i + 3] = [8, 9, 7]
                changed = True
    return arr
