def celsius_to_romer(temp):
    return temp * 21 / 40 + 7.5
