def well(x):
    good = sum(1 for idea in x if idea == "good")
    if good == 0:
        return "Fail!"
    if good <= 2:
        return "Publish!"
    return "I smell a series!"
