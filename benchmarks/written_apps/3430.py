def lowest_temp(t):
    values = sorted(int(v) for v in t.split())
    return values[0] if values else None
