SUITS = {"C": "clubs", "D": "diamonds", "H": "hearts", "S": "spades"}


def define_suit(card):
    return SUITS[card[-1]]
