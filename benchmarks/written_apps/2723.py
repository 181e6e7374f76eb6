NAMES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
VALUES = dict(zip(NAMES, range(10)))


def average_string(s):
    words = s.split()
    if not words:
        return "n/a"
    total = 0
    for w in words:
        if w not in VALUES:
            return "n/a"
        total += VALUES[w]
    return NAMES[total // len(words)]
