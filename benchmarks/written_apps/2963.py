def swap(string_):
    return string_.swapcase()
