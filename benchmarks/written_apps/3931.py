from collections import Counter

COSTS = {"road": "bw", "settlement": "bwsg", "city": "ooogg", "development": "osg"}


def build_or_buy(hand):
    have = Counter(hand)
    return [name for name in COSTS if not Counter(COSTS[name]) - have]
