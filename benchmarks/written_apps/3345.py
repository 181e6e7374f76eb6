def find_uniq(arr):
    keys = [frozenset(s.lower()) - {" "} for s in arr]
    for i in range(len(arr)):
        others = keys[(i + 1) % len(arr)], keys[(i + 2) % len(arr)]
        if keys[i] != others[0] and keys[i] != others[1]:
            return arr[i]
