def reverse(st):
    return " ".join(st.split()[::-1])
