from statistics import mean


def outed(meet, boss):
    scores = [meet[name] * 2 if name == boss else meet[name] for name in meet]
    if mean(scores) <= 5:
        return 'Get Out Now!'
    return 'Nice Work Champ!'
