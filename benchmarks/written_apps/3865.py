def looper(start, stop, number):
    if number == 1:
        return [float(start)]
    step = (stop - start) / (number - 1)
    values = [start + i * step for i in range(number - 1)]
    return values + [float(stop)]
