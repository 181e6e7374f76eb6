def get_mixed_num(fraction):
    numerator, _, denominator = fraction.partition("/")
    whole, rest = divmod(int(numerator), int(denominator))
    return f"{whole} {rest}/{denominator}"
