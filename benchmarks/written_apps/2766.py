def check_concatenated_sum(num, n):
    magnitude = num if num >= 0 else -num
    if n < 1:
        return False
    return sum(int(d * n) for d in str(magnitude)) == magnitude
