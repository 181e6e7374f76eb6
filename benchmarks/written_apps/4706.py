def split_exp(n):
    whole, _, fraction = n.partition(".")
    parts = []
    for i in range(len(whole)):
        if whole[i] != "0":
            parts += [whole[i] + "0" * (len(whole) - 1 - i)]
    for i in range(len(fraction)):
        if fraction[i] != "0":
            parts += ["." + "0" * i + fraction[i]]
    return parts
