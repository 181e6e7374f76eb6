def avoid_obstacles(arr):
    jump = 2
    while True:
        if all(position % jump != 0 for position in arr):
            return jump
        jump += 1
