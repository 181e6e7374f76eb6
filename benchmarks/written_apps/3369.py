def move(position, roll):
    return position + 2 * roll
