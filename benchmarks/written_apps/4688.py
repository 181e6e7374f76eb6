def expanded_form(num):
    whole, _, fraction = str(num).partition(".")
    parts = []
    for i in range(len(whole)):
        if whole[i] != "0":
            parts += [whole[i] + "0" * (len(whole) - i - 1)]
    for i in range(len(fraction)):
        if fraction[i] != "0":
            parts += [f"{fraction[i]}/1{'0' * (i + 1)}"]
    return " + ".join(parts)
