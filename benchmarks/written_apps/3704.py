def solve_for_x(equation):
    left, _, right = equation.partition("=")

    def difference(x):
        return eval(left, {"x": x}) - eval(right, {"x": x})

    # both sides are linear in x: difference(x) = slope * x + offset
    offset = difference(0)
    slope = difference(1) - offset
    return round(-offset / slope)
