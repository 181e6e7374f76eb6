def last_fib_digit(n):
    # last digits of Fibonacci numbers repeat with period 60 (Pisano period of 10)
    previous, current = 0, 1
    for _ in range(n % 60):
        previous, current = current, (previous + current) % 10
    return previous
