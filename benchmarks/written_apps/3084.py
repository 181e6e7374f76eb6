def combine(*args):
    result = {}
    for obj in args:
        for key in obj:
            result[key] = result[key] + obj[key] if key in result else obj[key]
    return result
