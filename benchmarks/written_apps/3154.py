from statistics import mean


def color_2_grey(colors):
    result = []
    for row in colors:
        new_row = []
        for pixel in row:
            g = round(mean(pixel))
            new_row += [[g, g, g]]
        result += [new_row]
    return result
