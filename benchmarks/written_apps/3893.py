def divisors(integer):
    found = [d for d in range(2, integer) if integer % d == 0]
    return found if found else f"{integer} is prime"
