def alan_annoying_kid(s):
    action = s[len("Today I "):-1]
    words = action.rsplit()
    if action.startswith("didn't "):
        return f"I don't think you {action} today, I think you did {words[1]} it!"
    verb = words[0][:-2]
    return f"I don't think you {action} today, I think you didn't {verb} at all!"
