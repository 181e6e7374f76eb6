def search_substr(full_text, search_text, allow_overlap=True):
    if not search_text:
        return 0
    step = 1 if allow_overlap else len(search_text)
    found = 0
    position = full_text.find(search_text)
    while position != -1:
        found += 1
        position = full_text.find(search_text, position + step)
    return found
