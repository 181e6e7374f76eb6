def solution(number):
    n = number - 1
    both = n // 15
    return [n // 3 - both, n // 5 - both, both]
