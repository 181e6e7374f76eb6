def combat(health, damage):
    left = health - damage
    return left if left > 0 else 0
