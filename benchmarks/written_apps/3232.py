def length_of_sequence(arr, n):
    positions = [i for i in range(len(arr)) if arr[i] == n]
    if len(positions) != 2:
        return 0
    return positions[1] - positions[0] + 1
