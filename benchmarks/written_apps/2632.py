from collections import OrderedDict

totals = OrderedDict()
for _ in range(int(input())):
    item_name, _, price = input().rpartition(" ")
    if item_name not in totals:
        totals[item_name] = 0
    totals[item_name] += int(price)
for item_name in totals:
    print(item_name, totals[item_name])
