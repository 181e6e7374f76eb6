def how_many_bees(hive):
    if not hive:
        return 0
    rows = len(hive)
    count = 0
    directions = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]
    for r in range(rows):
        for c in range(len(hive[r])):
            if hive[r][c] != "b":
                continue
            for dr, dc in directions:
                word = ""
                for step in range(3):
                    rr, cc = r + dr * step, c + dc * step
                    if 0 <= rr < rows and 0 <= cc < len(hive[rr]):
                        word += hive[rr][cc]
                if word == "bee":
                    count += 1
    return count
