def how_many_bees(hive):
    if not hive:
        return 0
    rows = ["".join(row) for row in hive]
    columns = ["".join(column) for column in zip(*hive)]
    text = " ".join(rows + columns)
    return text.count("bee") + text[::-1].count("bee")
