def find_array(arr1, arr2):
    return [arr1[i] for i in arr2 if i < len(arr1)]
