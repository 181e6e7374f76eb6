from collections import namedtuple

Product = namedtuple('Product', ['name', 'revenue', 'position'])


def top3(products, amounts, prices):
    records = [Product(products[i], amounts[i] * prices[i], i) for i in range(len(products))]
    ranked = sorted(records, key=lambda p: (-p.revenue, p.position))
    return [p.name for p in ranked[:3]]
