import string

TABLE = str.maketrans(
    {string.ascii_uppercase[i]: "_" + string.ascii_lowercase[i] for i in range(26)}
)


def to_underscore(name):
    if type(name) is not str:
        return str(name)
    result = name.translate(TABLE)
    return result[1:] if result[:1] == "_" else result
