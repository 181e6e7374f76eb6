def meeting(rooms, number):
    if number == 0:
        return "Game On"
    taken = []
    for occupants, chairs in rooms:
        spare = chairs - len(occupants)
        take = spare if 0 < spare < number else (number if spare > 0 else 0)
        taken += [take]
        number -= take
        if number == 0:
            return taken
    return "Not enough!"
