def array_plus_array(arr1, arr2):
    return sum(arr1) + sum(arr2)
