def check_for_factor(base, factor):
    return base % factor == 0
