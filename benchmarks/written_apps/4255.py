def make_upper_case(s):
    return s.upper()
