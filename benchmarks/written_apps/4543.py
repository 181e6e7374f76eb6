def shades_of_grey(n):
    count = n if n < 254 else 254
    return [f"#{i:02x}{i:02x}{i:02x}" for i in range(1, count + 1)]
