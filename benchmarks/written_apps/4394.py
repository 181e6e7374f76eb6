def men_still_standing(cards):
    remaining = {'A': 11, 'B': 11}
    yellows = {}
    sent_off = set()
    for card in cards:
        team = card[0]
        key = (team, card[1:-1])
        if key in sent_off:
            continue
        if card[-1] == 'Y':
            yellows[key] = yellows.setdefault(key, 0) + 1
            if yellows[key] < 2:
                continue
        sent_off |= {key}
        remaining[team] -= 1
        if remaining[team] < 7:
            break
    return (remaining['A'], remaining['B'])
