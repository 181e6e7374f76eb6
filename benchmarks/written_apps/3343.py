from decimal import Decimal, ROUND_HALF_UP

CONVERSIONS = {
    "KiB": ("kB", 1024, 1000), "MiB": ("MB", 1024 ** 2, 1000 ** 2),
    "GiB": ("GB", 1024 ** 3, 1000 ** 3), "TiB": ("TB", 1024 ** 4, 1000 ** 4),
    "kB": ("KiB", 1000, 1024), "MB": ("MiB", 1000 ** 2, 1024 ** 2),
    "GB": ("GiB", 1000 ** 3, 1024 ** 3), "TB": ("TiB", 1000 ** 4, 1024 ** 4),
}


def memorysize_conversion(memorysize):
    number, _, unit = memorysize.partition(" ")
    target, multiplier, divisor = CONVERSIONS[unit]
    result = Decimal(number) * multiplier / divisor
    rounded = result.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP).normalize()
    return format(rounded, "f") + " " + target
