n, m = (int(x) for x in input().rsplit())
half = n // 2
rows = [(".|." * (2 * i + 1)).center(m, "-") for i in range(half)]
rows = rows + ["WELCOME".center(m, "-")] + rows[::-1]
print("\n".join(rows))
