def points(games):
    total = 0
    for game in games:
        x, y = int(game[0]), int(game[2])
        if x > y:
            total += 3
        elif x == y:
            total += 1
    return total
