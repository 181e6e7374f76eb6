ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def vowel_start(st):
    result = ""
    for ch in st.lower():
        if ch not in ALNUM:
            continue
        if ch in "aeiou" and result:
            result += " "
        result += ch
    return result
