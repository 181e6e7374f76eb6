def odd_ball(arr):
    return arr.index("odd") in arr
