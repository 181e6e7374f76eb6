def solution(s):
    result = ""
    for ch in s:
        if ch.isupper():
            result += " "
        result += ch
    return result
