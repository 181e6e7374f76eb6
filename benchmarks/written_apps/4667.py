def traffic_jam(main_road, side_streets):
    x = 0
    while main_road[x] != "X":
        x += 1
    road = list(main_road[:x + 1])
    last = len(side_streets) if len(side_streets) < x else x
    for i in range(last - 1, -1, -1):
        street = side_streets[i]
        behind = len(road) - i - 1
        merges = len(street) if len(street) < behind else behind
        for j in range(1, merges + 1):
            road.insert(i + 2 * j - 1, street[-j])
    return "".join(road)
