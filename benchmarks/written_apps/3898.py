def _dms(value, positive, negative, width):
    direction = positive if value >= 0 else negative
    value = value if value >= 0 else -value
    total_ms = round(value * 3600 * 1000)
    degrees, rest = total_ms // 3600000, total_ms % 3600000
    minutes, millis = rest // 60000, rest % 60000
    seconds = millis / 1000
    return f"{degrees:0{width}d}*{minutes:02d}'{seconds:06.3f}\"{direction}"


def convert_to_dms(dd_lat, dd_lon):
    return (_dms(float(dd_lat), "N", "S", 3), _dms(float(dd_lon), "E", "W", 3))
