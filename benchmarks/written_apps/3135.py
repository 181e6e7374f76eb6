def meeting_time(Ta, Tb, r):
    if Ta == 0:
        time = Tb
    elif Tb == 0:
        time = Ta
    else:
        relative = 1 / Ta - 1 / Tb
        time = 0 if relative == 0 else 1 / relative
    return f"{(time if time >= 0 else -time):.2f}"
