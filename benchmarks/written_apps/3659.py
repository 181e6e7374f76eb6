from statistics import mean


def variance(words):
    lengths = [len(w) for w in words]
    mu = mean(lengths)
    var = mean([(n - mu) ** 2 for n in lengths])
    return round(var * 10000) / 10000
