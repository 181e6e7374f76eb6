WEAPONS = {
    "Laval": "Shado Valious",
    "Cragger": "Vengdualize",
    "Lagravis": "Blazeprowlor",
    "Crominus": "Grandorius",
    "Tormak": "Tygafyre",
    "LiElla": "Roarburn",
}


def identify_weapon(character):
    if character in WEAPONS:
        return character + "-" + WEAPONS[character]
    return "Not a character"
