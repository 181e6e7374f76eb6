def title_to_number(title):
    number = 0
    for ch in title:
        number = number * 26 + "ABCDEFGHIJKLMNOPQRSTUVWXYZ".index(ch) + 1
    return number
