def get_military_time(time):
    hour = int(time[:2]) % 12
    if time[-2:] == "PM":
        hour += 12
    return f"{hour:02d}{time[2:-2]}"
