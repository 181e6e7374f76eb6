def catch_sign_change(lst):
    changes = 0
    for prev, cur in zip(lst, lst[1:]):
        if (prev < 0) != (cur < 0):
            changes += 1
    return changes
