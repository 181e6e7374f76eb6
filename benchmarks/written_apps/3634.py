def reverse_it(data):
    if type(data) in (str, int, float):
        return type(data)(str(data)[::-1])
    return data
