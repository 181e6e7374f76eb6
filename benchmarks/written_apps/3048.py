def alternateCase(s):
    return s.swapcase()
