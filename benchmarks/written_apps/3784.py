def sort_transform(arr):
    def word(values):
        return "".join(chr(v) for v in values[:2] + values[-2:])

    ascending = sorted(arr)
    return "-".join([word(arr), word(ascending), word(ascending[::-1]), word(ascending)])
