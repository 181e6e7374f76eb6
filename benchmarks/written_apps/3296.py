def what_century(year):
    century = (int(year) + 99) // 100
    if 11 <= century % 100 <= 13:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(century % 10, "th")
    return f"{century}{suffix}"
