def example_sort(arr, example_arr):
    rank = {}
    for i in range(len(example_arr)):
        rank[example_arr[i]] = i
    return sorted(arr, key=lambda x: rank[x])
