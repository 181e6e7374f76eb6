def ones_up_to(n):
    """Number of 1 bits in the binary forms of 0..n."""
    total = 0
    bit = 1
    while bit <= n:
        block = bit * 2
        full_blocks = (n + 1) // block
        total += full_blocks * bit
        remainder = (n + 1) % block - bit
        if remainder > 0:
            total += remainder
        bit = block
    return total


def countOnes(left, right):
    return ones_up_to(right) - ones_up_to(left - 1)
