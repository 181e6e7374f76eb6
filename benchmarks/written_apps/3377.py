NUMBERS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
           "eighteen", "nineteen", "twenty"]


def number_word(n):
    if n <= 20:
        return NUMBERS[n]
    return "twenty " + NUMBERS[n - 20]


def hour_word(h):
    h %= 24
    return "midnight" if h == 0 else NUMBERS[(h - 1) % 12 + 1]


def minutes_word(m):
    if m == 15:
        return "quarter"
    if m == 30:
        return "half"
    return number_word(m) + (" minute" if m == 1 else " minutes")


def solve(time):
    hours, minutes = int(time[:2]), int(time[3:])
    if minutes == 0:
        return "midnight" if hours == 0 else hour_word(hours) + " o'clock"
    if minutes <= 30:
        return minutes_word(minutes) + " past " + hour_word(hours)
    return minutes_word(60 - minutes) + " to " + hour_word(hours + 1)
