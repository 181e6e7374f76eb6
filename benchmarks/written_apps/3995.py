def dating_range(age):
    if age <= 14:
        low = int(age - 0.10 * age)
        high = int(age + 0.10 * age)
    else:
        low = age // 2 + 7
        high = (age - 7) * 2
    return f"{low}-{high}"
