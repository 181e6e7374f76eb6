from datetime import datetime, timedelta


def seconds_ago(s, n):
    t = datetime.strptime(s, "%Y-%m-%d %H:%M:%S") - timedelta(seconds=n)
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}:{t.second:02d}"
