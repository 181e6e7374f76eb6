def password(string):
    has_upper = has_lower = has_digit = False
    for c in string:
        if 'A' <= c <= 'Z':
            has_upper = True
        elif c.islower():
            has_lower = True
        elif '0' <= c <= '9':
            has_digit = True
    return len(string) >= 8 and has_upper and has_lower and has_digit
