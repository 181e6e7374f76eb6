def remove_exclamation_marks(s):
    return s.replace("!", "")
