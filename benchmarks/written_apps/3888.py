def clock_degree(s):
    hours_text, _, minutes_text = s.partition(":")
    hours, minutes = int(hours_text), int(minutes_text)
    if not (0 <= hours < 24 and 0 <= minutes < 60):
        return "Check your time !"
    hour_angle = hours % 12 * 30 or 360
    minute_angle = minutes * 6 or 360
    return f"{hour_angle}:{minute_angle}"
