def remainder(dividend, divisor):
    return dividend - divisor * (dividend // divisor)
