def pick_peaks(arr):
    positions, peaks = [], []
    candidate = None
    for i in range(1, len(arr)):
        if arr[i] > arr[i - 1]:
            candidate = i
        elif arr[i] < arr[i - 1] and candidate is not None:
            positions += [candidate]
            peaks += [arr[candidate]]
            candidate = None
    return {"pos": positions, "peaks": peaks}
