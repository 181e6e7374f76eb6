def find_deleted_number(arr, mixed_arr):
    return sum(arr) - sum(mixed_arr)
