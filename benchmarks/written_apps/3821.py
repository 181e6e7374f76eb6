ANIMALS = ["Rat", "Ox", "Tiger", "Rabbit", "Dragon", "Snake",
           "Horse", "Goat", "Monkey", "Rooster", "Dog", "Pig"]
ELEMENTS = ["Wood", "Fire", "Earth", "Metal", "Water"]


def chinese_zodiac(year):
    offset = year - 1924
    return ELEMENTS[offset % 10 // 2] + " " + ANIMALS[offset % 12]
