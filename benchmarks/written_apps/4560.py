def answer(question, information):
    question_words = set(question.casefold().split(" "))
    best, best_common = None, 0
    for candidate in information:
        common = len(question_words & set(candidate.casefold().split(" ")))
        if common > best_common:
            best, best_common = candidate, common
    return best
