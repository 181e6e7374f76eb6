def str_count(strng, letter):
    return strng.count(letter)
