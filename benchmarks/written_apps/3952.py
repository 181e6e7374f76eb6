import math


def half_life(initial, remaining, time):
    # remaining = initial * (1/2) ** (time / half_life)
    return time * math.log(2) / math.log(initial / remaining)
