def count_odd_pentaFib(n):
    terms = [0, 1, 1, 2, 4]
    while len(terms) <= n:
        terms += [terms[-1] + terms[-2] + terms[-3] + terms[-4] + terms[-5]]
    return len({t for t in terms[:n + 1] if t % 2 == 1})
