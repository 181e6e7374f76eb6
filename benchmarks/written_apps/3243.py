FIRST_BUS = 6 * 60
LAST_BUS = 24 * 60
WALK = 5


def bus_timer(current_time):
    now = int(current_time[:2]) * 60 + int(current_time[3:])
    if now > LAST_BUS - WALK:
        now -= 24 * 60
    if now <= FIRST_BUS - WALK:
        return FIRST_BUS - WALK - now
    return (-(now + WALK)) % 15
