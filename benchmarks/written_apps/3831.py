def angle(n):
    return (n - 2) * 180
