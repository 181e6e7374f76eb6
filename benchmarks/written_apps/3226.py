def land_perimeter(arr):
    rows, cols = len(arr), len(arr[0]) if arr else 0
    total = 0
    for r in range(rows):
        for c in range(cols):
            if arr[r][c] != "X":
                continue
            total += 4
            if r > 0 and arr[r - 1][c] == "X":
                total -= 2
            if c > 0 and arr[r][c - 1] == "X":
                total -= 2
    return f"Total land perimeter: {total}"
