def total_licks(env):
    licks = 252
    toughest = None
    toughest_value = 0
    for challenge, value in env.items():
        licks += value
        if value > toughest_value:
            toughest, toughest_value = challenge, value
    message = f"It took {licks} licks to get to the tootsie roll center of a tootsie pop."
    if toughest is not None:
        message += f" The toughest challenge was {toughest}."
    return message
