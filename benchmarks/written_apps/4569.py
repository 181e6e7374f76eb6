def next_item(xs, item):
    items = iter(xs)
    for x in items:
        if x == item:
            return next(items, None)
    return None
