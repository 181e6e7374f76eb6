def bingo(array):
    return "WIN" if {2, 9, 14, 7, 15} <= set(array) else "LOSE"
