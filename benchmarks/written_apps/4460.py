DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def whatday(num):
    if 1 <= num <= 7:
        return DAYS[num - 1]
    return "Wrong, please enter a number between 1 and 7"
