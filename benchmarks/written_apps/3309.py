COLORS = ["black", "brown", "red", "orange", "yellow", "green", "blue", "violet", "gray", "white"]
MULTIPLIERS = {"k": 1000, "M": 1000000}


def encode_resistor_colors(ohms_string):
    value = ohms_string.split(" ")[0]
    factor = 1
    if value[-1] in MULTIPLIERS:
        factor = MULTIPLIERS[value[-1]]
        value = value[:-1]
    digits = str(int(round(float(value) * factor)))
    bands = [COLORS[int(digits[0])], COLORS[int(digits[1])], COLORS[len(digits) - 2], "gold"]
    return " ".join(bands)
