def faro_cycles(deck_size):
    position = 1
    shuffles = 0
    while True:
        position = position * 2 % (deck_size - 1) if deck_size > 2 else position
        shuffles += 1
        if position == 1:
            return shuffles
