def amort(rate, bal, term, num_payments):
    r = rate / 100 / 12
    c = r * bal / (1 - (1 + r) ** (-term))
    balance = bal
    interest = princ = 0
    for _ in range(num_payments):
        interest = balance * r
        princ = c - interest
        balance -= princ
    return f"num_payment {num_payments} c {c:.0f} princ {princ:.0f} int {interest:.0f} balance {balance:.0f}"
