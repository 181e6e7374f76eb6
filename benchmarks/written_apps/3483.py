from itertools import groupby


def string_parse(string):
    if type(string) is not str:
        return "Please enter a valid string"
    out = ""
    for ch, run in groupby(string):
        length = len(list(run))
        out += ch * 2 + "[" + ch * (length - 2) + "]" if length > 2 else ch * length
    return out
