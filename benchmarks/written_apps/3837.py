def reverse(right):
    row = [right[0]]
    for value in right[1:]:
        new_row = [value]
        for i in range(len(row) - 1, -1, -1):
            new_row.insert(0, row[i] - new_row[0])
        row = new_row
    return row
