def negation_value(s, val):
    value = bool(val)
    if len(s) % 2:
        return not value
    return value
