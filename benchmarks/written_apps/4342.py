def no_space(x):
    return x.replace(" ", "")
