def string_to_array(s):
    return s.split(" ")
