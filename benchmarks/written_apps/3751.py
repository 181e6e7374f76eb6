def bool_to_word(boolean):
    return "Yes" if boolean else "No"
