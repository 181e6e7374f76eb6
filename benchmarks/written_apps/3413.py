def solution(nums):
    return sorted(nums) if nums else []
