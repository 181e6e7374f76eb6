def repeat_str(repeat, string):
    return string * repeat
