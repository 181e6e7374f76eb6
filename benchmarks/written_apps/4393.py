def repeat_sum(l):
    lists_containing = {}
    for numbers in l:
        for n in set(numbers):
            lists_containing[n] = lists_containing[n] + 1 if n in lists_containing else 1
    return sum(n for n in lists_containing if lists_containing[n] >= 2)
