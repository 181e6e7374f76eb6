def solution(n, d):
    if d <= 0:
        return []
    return [int(c) for c in str(n)[-d:]]
