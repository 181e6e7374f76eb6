def rank_of_element(arr, i):
    before = sum(1 for x in arr[:i] if x <= arr[i])
    after = sum(1 for x in arr[i + 1:] if x < arr[i])
    return before + after
