def num_obj(s):
    return [{str(n): chr(n)} for n in s]
