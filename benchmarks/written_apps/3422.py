def diamond(n):
    if n <= 0 or n % 2 == 0:
        return None
    half = n // 2
    out = ""
    for i in range(n):
        d = i - half if i >= half else half - i
        width = n - 2 * d
        out += ("*" * width).rjust(d + width) + "\n"
    return out
