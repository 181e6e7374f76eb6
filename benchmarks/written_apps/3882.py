def sort_by_value_and_index(arr):
    order = sorted(range(len(arr)), key=lambda i: arr[i] * (i + 1))
    return [arr[i] for i in order]
