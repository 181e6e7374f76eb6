def product(s):
    exclamations = 0
    questions = 0
    for ch in s:
        if ch == "!":
            exclamations += 1
        elif ch == "?":
            questions += 1
    return exclamations * questions
