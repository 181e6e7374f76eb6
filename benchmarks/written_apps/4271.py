ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
TWELFTHS = ["", ".", ":", ":.", "::", ":.:", "S", "S.", "S:", "S:.", "S::", "S:.:"]


def roman_fractions(integer, fraction=None):
    fraction = 0 if fraction is None else fraction
    if not 0 <= integer <= 5000 or not 0 <= fraction <= 11:
        return "NaR"
    if integer == 0 and fraction == 0:
        return "N"
    text = ""
    for value, symbol in ROMAN:
        while integer >= value:
            text += symbol
            integer -= value
    return text + TWELFTHS[fraction]
