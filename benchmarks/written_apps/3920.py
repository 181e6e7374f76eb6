def hamming_distance(a, b):
    difference = a ^ b
    count = 0
    while difference:
        count += difference & 1
        difference >>= 1
    return count
