def counting_valleys(s):
    level = 0
    valleys = 0
    for step in s:
        if step == "U":
            level += 1
            if level == 0:
                valleys += 1
        elif step == "D":
            level -= 1
    return valleys
