KM_PER_MILE = 1.609344
LITRES_PER_GALLON = 4.54609188


def converter(mpg):
    return round(mpg * KM_PER_MILE / LITRES_PER_GALLON, 2)
