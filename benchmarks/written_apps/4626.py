ATBASH = {code: 219 - code for code in range(97, 123)}
ATBASH.update({code: 155 - code for code in range(65, 91)})


def decode(string_):
    if type(string_) is not str:
        return "Input is not a string"
    return string_.translate(ATBASH)
