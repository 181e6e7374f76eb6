TABLE = str.maketrans("ąćęłńóśźż", "acelnoszz")


def correct_polish_letters(st):
    return st.translate(TABLE)
