def square_sum(numbers):
    return sum(x * x for x in numbers)
