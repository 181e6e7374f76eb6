from collections import namedtuple

Card = namedtuple("Card", ["rank", "suit"])
RANKS = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]


def parse(card):
    if card == "joker":
        return Card(len(RANKS), None)
    face, suit = card[:-1], card[-1]
    for value in range(len(RANKS)):
        if RANKS[value] == face:
            return Card(value, suit)
    return Card(-1, suit)


def card_game(card_1, card_2, trump):
    a, b = parse(card_1), parse(card_2)
    if a == b:
        return "Someone cheats."
    if a.suit is None:
        return "The first card won."
    if b.suit is None:
        return "The second card won."
    if a.suit == b.suit:
        return "The first card won." if a.rank > b.rank else "The second card won."
    if a.suit == trump:
        return "The first card won."
    if b.suit == trump:
        return "The second card won."
    return "Let us play again."
