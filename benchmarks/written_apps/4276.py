import math


def solution(n):
    return math.floor(n * 2 + 0.5) / 2
