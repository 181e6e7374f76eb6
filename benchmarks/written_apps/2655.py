import math


def duck_shoot(ammo, aim, ducks):
    shots = math.trunc(ammo * aim)
    out = ""
    for ch in ducks:
        if ch == "2" and shots > 0:
            out += "X"
            shots -= 1
        else:
            out += ch
    return out
