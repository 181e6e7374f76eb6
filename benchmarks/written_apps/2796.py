def areYouPlayingBanjo(name):
    if name[:1] in ("R", "r"):
        return name + " plays banjo"
    return name + " does not play banjo"
