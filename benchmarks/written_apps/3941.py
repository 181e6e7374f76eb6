from itertools import count


def fizzbuzz(k):
    if k % 15 == 0:
        return "FizzBuzz"
    if k % 3 == 0:
        return "Fizz"
    if k % 5 == 0:
        return "Buzz"
    return str(k)


def matches(tokens, start):
    for offset in range(len(tokens)):
        if fizzbuzz(start + offset) != tokens[offset]:
            return False
    return True


def reverse_fizzbuzz(s):
    tokens = s.rsplit()
    for offset in range(len(tokens)):
        if tokens[offset] not in ("Fizz", "Buzz", "FizzBuzz"):
            start = int(tokens[offset]) - offset
            return list(range(start, start + len(tokens)))
    for start in count(1):
        if matches(tokens, start):
            return list(range(start, start + len(tokens)))
