from fractions import Fraction


def cooking_time(needed_power, minutes, seconds, power):
    needed = int(needed_power[:-1])
    have = int(power[:-1])
    exact = Fraction(needed * (minutes * 60 + seconds), have)
    total = -(-exact // 1)
    return f"{total // 60} minutes {total % 60} seconds"
