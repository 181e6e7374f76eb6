def createDict(keys, values):
    result = {}
    for i in range(len(keys)):
        result[keys[i]] = values[i] if i < len(values) else None
    return result
