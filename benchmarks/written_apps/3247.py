def sort_by_height(a):
    people = sorted(x for x in a if x != -1)
    people.reverse()
    return [x if x == -1 else people.pop() for x in a]
