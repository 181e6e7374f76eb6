def solution(string):
    return string[::-1]
