import math


def find_time_to_break(bearing_A, bearing_B):
    diff = (bearing_A - bearing_B) % 360
    # the ships separate at 2 * speed * sin(angle / 2) miles per hour
    spread = 2 * 90 * math.sin(diff * math.pi / 360)
    if spread < 1e-12:
        return float("inf")
    minutes = 40 / spread * 60
    return round(minutes * 100) / 100
