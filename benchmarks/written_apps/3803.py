def update_inventory(cur_stock, new_stock):
    totals = {}
    for quantity, name in cur_stock + new_stock:
        totals[name] = totals.setdefault(name, 0) + quantity
    return [(totals[name], name) for name in sorted(totals)]
