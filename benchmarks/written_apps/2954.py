def riders(stations):
    count = 1
    travelled = 0
    for distance in stations:
        if travelled + distance > 100:
            count += 1
            travelled = 0
        travelled += distance
    return count
