def convert(st):
    return st.translate(str.maketrans("ao", "ou"))
