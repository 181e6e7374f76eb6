def replace_dots(str):
    return str.replace(".", "-")
