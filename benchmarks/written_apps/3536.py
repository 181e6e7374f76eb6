def cog_RPM(cogs, n):
    first = cogs[n] / cogs[0] * (-1) ** n
    last = cogs[n] / cogs[-1] * (-1) ** (len(cogs) - 1 - n)
    return [first, last]
