def count_red_beads(n):
    return max(0, 2 * (n - 1))
