EIGHTHS = {"1": 8, "2": 4, "4": 2, "8": 1}


def bar_length(bar):
    total = 0
    for note in bar:
        if note not in EIGHTHS:
            return -1
        total += EIGHTHS[note]
    return total


def validate_rhythm(meter, score):
    count, unit = meter
    if unit not in (1, 2, 4, 8):
        return "Invalid rhythm"
    target = count * 8 // unit
    lengths = [bar_length(bar) for bar in score.split("|")]
    if 0 in lengths:
        return "Invalid rhythm"
    if [length for length in lengths if length != target] == []:
        return "Valid rhythm"
    middle_wrong = [length for length in lengths[1:-1] if length != target]
    if (len(lengths) >= 2 and not middle_wrong
            and lengths[0] > 0 and lengths[-1] > 0 and lengths[0] + lengths[-1] == target):
        return "Valid rhythm with anacrusis"
    return "Invalid rhythm"
