def find_middle(string):
    if type(string) is not str:
        return -1
    digits = [int(ch) for ch in string if ch in "0123456789"]
    if not digits:
        return -1
    product = 1
    for d in digits:
        product *= d
    text = str(product)
    mid = len(text) // 2
    if len(text) % 2:
        return int(text[mid])
    return int(text[mid - 1:mid + 1])
