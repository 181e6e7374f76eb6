def denumerate(enum_list):
    if type(enum_list) is not list or not enum_list:
        return False
    chars = {}
    for item in enum_list:
        if type(item) not in (tuple, list) or len(item) != 2:
            return False
        index, char = item
        if type(index) is not int or type(char) is not str:
            return False
        if len(char) != 1 or not char.isalnum():
            return False
        if index in chars:
            return False
        chars[index] = char
    result = ""
    for i in range(len(chars)):
        if i not in chars:
            return False
        result += chars[i]
    return result
