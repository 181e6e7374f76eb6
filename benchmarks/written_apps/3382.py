def lowercase_count(strng):
    return sum(1 for ch in strng if ch.islower())
