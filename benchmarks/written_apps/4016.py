def game(a, b):
    if a < 1 or b < 1:
        return "Non-drinkers can't play"
    turn = 1
    while True:
        if turn % 2 == 1:
            a -= turn
            if a < 0:
                return "Joe"
        else:
            b -= turn
            if b < 0:
                return "Mike"
        turn += 1
