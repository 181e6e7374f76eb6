def check_availability(schedule, current_time):
    for start, end in schedule:
        if start <= current_time < end:
            return end
    return True
