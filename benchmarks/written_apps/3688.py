def table_game(table):
    a, b = table[0][0], table[0][2]
    c, d = table[2][0], table[2][2]
    expected = [
        [a, a + b, b],
        [a + c, a + b + c + d, b + d],
        [c, c + d, d],
    ]
    if expected != table:
        return [-1]
    return [a, b, c, d]
