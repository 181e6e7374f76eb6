def bingo(ticket, win):
    mini_wins = 0
    for text, number in ticket:
        if chr(number) in text:
            mini_wins += 1
    return "Winner!" if mini_wins >= win else "Loser!"
