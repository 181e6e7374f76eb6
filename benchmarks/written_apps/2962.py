def divisible_by(numbers, divisor):
    return [n for n in numbers if n % divisor == 0]
