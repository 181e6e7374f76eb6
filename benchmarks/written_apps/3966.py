def solution(full_text, search_text):
    return full_text.count(search_text)
