def word_search(query, seq):
    needle = query.lower()
    found = [word for word in seq if needle in word.lower()]
    return found if found else ["None"]
