def no_repeat(string):
    for ch in string:
        if string.count(ch) == 1:
            return ch
