def camel_case(string):
    result = ""
    new_word = True
    for ch in string:
        if ch == " ":
            new_word = True
        elif new_word:
            result += ch.upper()
            new_word = False
        else:
            result += ch
    return result
