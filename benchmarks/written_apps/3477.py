def sort_string(s, ordering):
    rank = {}
    for ch in ordering:
        if ch not in rank:
            rank[ch] = len(rank)
    return "".join(sorted(s, key=lambda ch: rank[ch] if ch in rank else len(rank)))
