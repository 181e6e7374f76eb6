def crap(garden, bags, cap):
    mess = 0
    for row in garden:
        for cell in row:
            if cell == "D":
                return "Dog!!"
            if cell == "@":
                mess += 1
    return "Clean" if mess <= bags * cap else "Cr@p"
