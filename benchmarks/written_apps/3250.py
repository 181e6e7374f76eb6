def short_form(s):
    if len(s) < 3:
        return s
    middle = "".join(c for c in s[1:-1] if c not in "aeiouAEIOU")
    return s[0] + middle + s[-1]
