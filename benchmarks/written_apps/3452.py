def snail(column, day, night):
    height = 0
    days = 0
    while True:
        days += 1
        height += day
        if height >= column:
            return days
        height -= night
