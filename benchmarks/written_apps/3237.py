def even_or_odd(number):
    return "Even" if number % 2 == 0 else "Odd"
