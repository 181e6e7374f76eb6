def corrections(x):
    if x > 0:
        return f"{x} is more than zero."
    return f"{x} is equal to or less than zero."
