from decimal import Decimal


def cockroach_speed(s):
    return int(Decimal(str(s)) * 100000 // 3600)
