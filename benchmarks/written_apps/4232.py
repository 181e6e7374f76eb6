def convert_to_mixed_numeral(parm):
    negative = parm.startswith("-")
    body = parm[1:] if negative else parm
    num, den = (int(x) for x in body.rsplit("/"))
    sign = "-" if negative else ""
    whole, rest = num // den, num % den
    if whole == 0:
        return f"{sign}{rest}/{den}"
    if rest == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole} {rest}/{den}"
