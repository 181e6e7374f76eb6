def game_winners(gryffindor, slytherin):
    g = gryffindor[0] + (150 if gryffindor[1] == "yes" else 0)
    s = slytherin[0] + (150 if slytherin[1] == "yes" else 0)
    if g > s:
        return "Gryffindor wins!"
    if s > g:
        return "Slytherin wins!"
    return "It's a draw!"
