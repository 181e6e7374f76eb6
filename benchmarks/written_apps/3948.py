def sel_reverse(arr, l):
    if l <= 0:
        return list(arr)
    pieces = [arr[i:i + l][::-1] for i in range(0, len(arr), l)]
    return sum(pieces, [])
