def generate_number(squad, n):
    if n not in squad:
        return n
    for first in range(1, 10):
        second = n - first
        if 1 <= second <= 9 and first * 10 + second not in squad:
            return first * 10 + second
    return None
