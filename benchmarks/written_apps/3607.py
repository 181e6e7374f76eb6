def eq_sum_powdig(hMax, exp):
    return [n for n in range(2, hMax + 1) if sum(int(d) ** exp for d in str(n)) == n]
