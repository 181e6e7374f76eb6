def well(arr):
    good = sum(1 for row in arr for idea in row if str(idea).lower() == "good")
    if good == 0:
        return "Fail!"
    if good <= 2:
        return "Publish!"
    return "I smell a series!"
