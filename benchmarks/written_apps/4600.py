def move_zeros(array):
    def is_zero(x):
        return type(x) in (int, float) and x == 0

    return [x for x in array if not is_zero(x)] + [x for x in array if is_zero(x)]
