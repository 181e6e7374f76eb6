def permutation_position(perm):
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    position = 0
    for letter in perm:
        position = position * 26 + alphabet.index(letter)
    return position + 1
