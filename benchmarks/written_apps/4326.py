def london_city_hacker(journey):
    total = 0.0
    buses = 0
    for leg in journey:
        if type(leg) is str:
            total += 2.40 + 1.50 * ((buses + 1) // 2)
            buses = 0
        else:
            buses += 1
    total += 1.50 * ((buses + 1) // 2)
    return f"\u00a3{total:.2f}"
