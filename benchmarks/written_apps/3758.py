def word_mesh(arr):
    meshed = ""
    for i in range(len(arr) - 1):
        left, right = arr[i], arr[i + 1]
        overlap = ""
        for k in range(len(left), 0, -1):
            if left.endswith(right[:k]) and k <= len(right):
                overlap = right[:k]
                break
        if not overlap:
            return "failed to mesh"
        meshed += overlap
    return meshed
