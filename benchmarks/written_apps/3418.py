def reverse_list(l):
    return l[::-1]
