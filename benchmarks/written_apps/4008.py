def string_to_int_list(s):
    return [int(part) for part in s.split(",") if part]
