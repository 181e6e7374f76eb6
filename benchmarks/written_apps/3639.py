STOPS = {"Rejection", "Disappointment", "Backstabbing Central", "Shattered Dreams Parkway"}


def alan(arr):
    if STOPS.difference(arr):
        return "No, seriously, run. You will miss it."
    return "Smell my cheese you mother!"
