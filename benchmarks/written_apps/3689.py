def how_many_pizzas(n):
    # an 8-inch pizza has area proportional to 64 and is cut into 8 slices
    slices = round(n * n / 8)
    return f"pizzas: {slices // 8}, slices: {slices % 8}"
