def number_format(n):
    sign = "-" if n < 0 else ""
    n = -n if n < 0 else n
    groups = []
    while n >= 1000:
        groups = [str(n % 1000).zfill(3)] + groups
        n //= 1000
    groups = [str(n)] + groups
    return sign + ",".join(groups)
