def days_represented(trips):
    days = set()
    for arrival, departure in trips:
        days = days.union(range(arrival, departure + 1))
    return len(days)
