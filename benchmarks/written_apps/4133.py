def shortest_time(n, m, speeds):
    a, b, c, d = speeds
    elevator = abs(m - n) * a + b + c + (n - 1) * a + b
    walking = (n - 1) * d
    if n == 1:
        return 0
    return elevator if elevator < walking else walking
