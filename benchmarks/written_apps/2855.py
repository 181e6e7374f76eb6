def build_terms(limit=10 ** 30):
    terms = set()
    for base in range(2, 200):
        value = base * base
        while value < limit:
            if value >= 10 and sum(int(d) for d in str(value)) == base:
                terms |= {value}
            value *= base
    return sorted(terms)


TERMS = build_terms()


def power_sumDigTerm(n):
    return TERMS[n - 1]
