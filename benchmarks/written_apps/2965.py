def det3(m):
    return (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))


def solve_eq(eq):
    coefficients = [row[:3] for row in eq]
    constants = [row[3] for row in eq]
    d = det3(coefficients)
    solution = []
    for col in range(3):
        replaced = [row[:col] + [c] + row[col + 1:] for row, c in zip(coefficients, constants)]
        value = det3(replaced)
        solution += [value // d if value % d == 0 else value / d]
    return solution
