def find_all(array, n):
    return [i for i in range(len(array)) if array[i] == n]
