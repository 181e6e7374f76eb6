def solution(stones):
    return sum(1 for i in range(1, len(stones)) if stones[i] == stones[i - 1])
