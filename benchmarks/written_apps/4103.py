def naughty_or_nice(data):
    naughty = 0
    nice = 0
    for month in data:
        for day in data[month]:
            if data[month][day] == "Naughty":
                naughty += 1
            else:
                nice += 1
    return "Naughty!" if naughty > nice else "Nice!"
