def populate_dict(keys, default):
    return {key: default for key in keys}
