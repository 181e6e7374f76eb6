def to_seconds(result):
    h, m, s = result.split("|")
    return int(h) * 3600 + int(m) * 60 + int(s)


def fmt(seconds):
    seconds = int(seconds)
    return f"{seconds // 3600:02d}|{seconds % 3600 // 60:02d}|{seconds % 60:02d}"


def stat(strg):
    if not strg:
        return ""
    times = sorted(to_seconds(part) for part in strg.split(", "))
    n = len(times)
    spread = times[-1] - times[0]
    average = sum(times) / n
    if n % 2:
        median = times[n // 2]
    else:
        median = (times[n // 2 - 1] + times[n // 2]) / 2
    return f"Range: {fmt(spread)} Average: {fmt(average)} Median: {fmt(median)}"
