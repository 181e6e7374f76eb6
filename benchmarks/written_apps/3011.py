from statistics import mean


def learn_charitable_game(arr):
    start = mean(arr)
    return start > 0 and start == int(start)
