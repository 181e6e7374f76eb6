from itertools import count


def movie(card, ticket, perc):
    total_b = card
    price = ticket
    for n in count(1):
        price *= perc
        total_b += price
        if -(-total_b // 1) < ticket * n:
            return n
