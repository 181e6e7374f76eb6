def calculate_probability(n):
    p_distinct = 1.0
    for i in range(n):
        p_distinct *= (365 - i) / 365
    return round(1 - p_distinct, 2)
