def unscramble_eggs(word):
    return word.replace("egg", "")
