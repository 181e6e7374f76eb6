from datetime import date


def half_life(person1, person2):
    a = date.fromisoformat(person1).toordinal()
    b = date.fromisoformat(person2).toordinal()
    young, old = (a, b) if a > b else (b, a)
    return date.fromordinal(2 * young - old).isoformat()
