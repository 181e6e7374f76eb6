import math


def what_time_is_it(angle):
    minutes = math.floor(angle * 2) % 720
    hours = minutes // 60 or 12
    return f"{hours:02d}:{minutes % 60:02d}"
