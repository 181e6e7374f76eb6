def largest(n, xs):
    return sorted(xs)[len(xs) - n:]
