CODES = {'black': 0, 'brown': 1, 'red': 2, 'orange': 3, 'yellow': 4,
         'green': 5, 'blue': 6, 'violet': 7, 'gray': 8, 'white': 9}
TOLERANCE = {'gold': 5, 'silver': 10}


def short(value):
    return str(value).rstrip('0').rstrip('.')


def decode_resistor_colors(bands):
    colours = bands.rsplit()
    ohms = (CODES[colours[0]] * 10 + CODES[colours[1]]) * 10 ** CODES[colours[2]]
    tolerance = TOLERANCE[colours[3]] if len(colours) > 3 else 20
    if ohms >= 1000000:
        text = short(ohms / 1000000) + 'M'
    elif ohms >= 1000:
        text = short(ohms / 1000) + 'k'
    else:
        text = str(ohms)
    return text + ' ohms, ' + str(tolerance) + '%'
