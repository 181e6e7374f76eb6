def next_day_of_week(current_day, available_week_days):
    # bits[0] is Saturday (day 7), bits[6] is Sunday (day 1)
    bits = f"{available_week_days:b}".zfill(7)
    day = current_day
    for _ in range(7):
        day = day % 7 + 1
        if bits[7 - day] == "1":
            return day
    return None
