def is_lucky(n):
    return sum(int(d) for d in str(n)) % 9 == 0
