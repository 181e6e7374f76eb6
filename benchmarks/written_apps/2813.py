def switcher(arr):
    symbols = "zyxwvutsrqponmlkjihgfedcba!? "
    return "".join(symbols[int(code) - 1] for code in arr)
