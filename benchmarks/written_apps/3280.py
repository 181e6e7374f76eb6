def make_readable(seconds):
    hours = seconds // 3600
    minutes = seconds // 60 % 60
    return f"{hours:02d}:{minutes:02d}:{seconds % 60:02d}"
