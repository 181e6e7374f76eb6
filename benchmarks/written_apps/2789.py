def bmi(weight, height):
    value = weight / height ** 2
    if value <= 18.5:
        return "Underweight"
    if value <= 25.0:
        return "Normal"
    if value <= 30.0:
        return "Overweight"
    return "Obese"
