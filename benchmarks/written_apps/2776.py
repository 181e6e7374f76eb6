def commas(num):
    value = round(num, ndigits=3)
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,}"
