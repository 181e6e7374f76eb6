def make_acronym(phrase):
    if type(phrase) is not str:
        return "Not a string"
    acronym = ""
    previous = " "
    for c in phrase:
        if c != " " and not ("a" <= c <= "z" or "A" <= c <= "Z"):
            return "Not letters"
        if c != " " and previous == " ":
            acronym += c
        previous = c
    return acronym.upper()
