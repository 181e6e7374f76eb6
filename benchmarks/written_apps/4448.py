def get_derivative(s):
    coefficient_text, has_x, rest = s.partition("x")
    if not has_x:
        return "0"
    coefficient = int(coefficient_text)
    exponent = int(rest[1:]) if rest else 1
    new_coefficient = coefficient * exponent
    new_exponent = exponent - 1
    if new_exponent == 0:
        return str(new_coefficient)
    if new_exponent == 1:
        return f"{new_coefficient}x"
    return f"{new_coefficient}x^{new_exponent}"
