def strongest_even(n, m):
    k = m.bit_length()
    while k >= 0:
        step = 1 << k
        candidate = (n + step - 1) // step * step
        if candidate <= m:
            return candidate
        k -= 1
