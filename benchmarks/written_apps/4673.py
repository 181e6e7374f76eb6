def convert_hash_to_array(hash):
    return [[key, hash[key]] for key in sorted(hash)]
