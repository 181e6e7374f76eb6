def maxlen(l1, l2):
    short, long_ = (l1, l2) if l1 < l2 else (l2, l1)
    half = long_ / 2
    two_from_long = short if short < half else half
    return long_ / 3 if long_ / 3 > two_from_long else two_from_long
