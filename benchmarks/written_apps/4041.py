def sort_my_string(s):
    return s[::2] + " " + s[1::2]
