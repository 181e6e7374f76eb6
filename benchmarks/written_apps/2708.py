def yes_no(arr):
    queue = list(arr)
    taken = []
    take = True
    while queue:
        item = queue.pop(0)
        if take:
            taken += [item]
        else:
            queue += [item]
        take = not take
    return taken
