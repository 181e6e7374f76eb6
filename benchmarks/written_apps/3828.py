def calculate_time(battery, charger):
    fast = battery * 0.85 / charger
    decreasing = battery * 0.10 / (charger * 0.5)
    trickle = battery * 0.05 / (charger * 0.2)
    return round(fast + decreasing + trickle, 2)
