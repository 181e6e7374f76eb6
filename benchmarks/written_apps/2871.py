def starts_with(st, prefix):
    return st.startswith(prefix)
