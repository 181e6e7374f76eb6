def letter_check(arr):
    return set(arr[1].lower()) <= set(arr[0].lower())
