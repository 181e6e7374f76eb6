from statistics import mean


def split_the_bill(x):
    share = mean([x[name] for name in x])
    return {name: round((x[name] - share) * 100) / 100 for name in x}
