import math


def duty_free(price, discount, holiday_cost):
    saving_per_bottle = price * discount / 100
    return math.floor(holiday_cost / saving_per_bottle)
