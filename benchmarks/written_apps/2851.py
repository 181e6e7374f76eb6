def ghostbusters(building):
    if " " not in building:
        return "You just wanted my autograph didn't you?"
    return building.replace(" ", "")
