def correct(m, n, bits):
    b = [int(x) for x in bits]
    rows = [b[r * n:(r + 1) * n] for r in range(m)]
    row_par = b[m * n:m * n + m]
    col_par = b[m * n + m:]
    bad_rows = [r for r in range(m) if sum(rows[r]) % 2 != row_par[r]]
    bad_cols = [c for c in range(n) if sum(rows[r][c] for r in range(m)) % 2 != col_par[c]]
    if bad_rows and bad_cols:
        pos = bad_rows[0] * n + bad_cols[0]
    elif bad_rows:
        pos = m * n + bad_rows[0]
    elif bad_cols:
        pos = m * n + m + bad_cols[0]
    else:
        return bits
    b[pos] ^= 1
    return "".join(str(x) for x in b)
