def flatten(dictionary):
    result = {}
    for key in dictionary:
        value = dictionary[key]
        if type(value) is dict:
            if not value:
                result[key] = ""
            inner = flatten(value)
            for sub in inner:
                result[key + "/" + sub] = inner[sub]
        else:
            result[key] = value
    return result
