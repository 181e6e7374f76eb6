def sorted_brands(history):
    popularity = {}
    first_seen = {}
    for position in range(len(history)):
        brand = history[position]["brand"]
        popularity[brand] = popularity[brand] + 1 if brand in popularity else 1
        if brand not in first_seen:
            first_seen[brand] = position
    return sorted(popularity, key=lambda brand: (-popularity[brand], first_seen[brand]))
