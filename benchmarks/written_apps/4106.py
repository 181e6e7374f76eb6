def self_converge(number):
    width = len(str(number))
    seen = []
    n = number
    count = 0
    while True:
        digits = sorted(str(n).zfill(width))
        small = int(''.join(digits))
        big = int(''.join(digits[::-1]))
        n = big - small
        count += 1
        if n == 0:
            return -1
        if n in seen:
            return count
        seen += [n]
