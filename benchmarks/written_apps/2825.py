def even_magic(n):
    square = []
    for i in range(n):
        row = []
        for j in range(n):
            value = i * n + j + 1
            if i % 4 == j % 4 or i % 4 + j % 4 == 3:
                value = n * n + 1 - value
            row += [value]
        square += [row]
    return square
