ORDER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
LINES = {0: "----x----", 1: "---------", 2: "---- ----", 3: "----o----"}


def oracle(arr):
    # the top line (six) comes first
    rows = sorted(arr, key=lambda row: -ORDER[row[0]])
    return "\n".join(LINES[sum(1 for flip in row[1:] if flip == "h")] for row in rows)
