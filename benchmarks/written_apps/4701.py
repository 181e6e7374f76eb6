def pay_cheese(arr):
    minutes_of_work = sum(arr) * 6
    hours, rest = divmod(minutes_of_work, 10 * 60)
    if rest:
        hours += 1
    pence = hours * 875 * 4
    return "L" + str(pence // 100)
