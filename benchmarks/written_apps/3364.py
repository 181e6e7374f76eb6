import math


def predict_age(age_1, age_2, age_3, age_4, age_5, age_6, age_7, age_8):
    total = 0
    for age in (age_1, age_2, age_3, age_4, age_5, age_6, age_7, age_8):
        total += age * age
    return math.trunc(total ** 0.5 / 2)
