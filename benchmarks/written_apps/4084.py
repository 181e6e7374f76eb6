def alex_mistakes(number_of_katas, time_limit):
    spare = time_limit - 6 * number_of_katas
    mistakes = 0
    pushups = 5
    while spare >= pushups:
        spare -= pushups
        pushups *= 2
        mistakes += 1
    return mistakes
