def infected_zeroes(lst):
    zeros = [i for i in range(len(lst)) if lst[i] == 0]
    turns = zeros[0]
    turns = max(turns, len(lst) - 1 - zeros[-1])
    for i in range(1, len(zeros)):
        turns = max(turns, (zeros[i] - zeros[i - 1]) // 2)
    return turns
