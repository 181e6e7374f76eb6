def get_strings(city):
    counts = {}
    for c in city.lower():
        if "a" <= c <= "z":
            counts[c] = counts[c] + 1 if c in counts else 1
    return ",".join(f"{c}:{'*' * counts[c]}" for c in counts)
