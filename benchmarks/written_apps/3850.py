def close_to_zero(t):
    best = None
    for token in t.split():
        value = int(token)
        if best is None or value * value < best * best or (value == -best and value > 0):
            best = value
    return 0 if best is None else best
