def swap_head_tail(arr):
    half = len(arr) // 2
    return arr[len(arr) - half:] + arr[half:len(arr) - half] + arr[:half]
