def longest_palindrome(s):
    best = 0
    n = len(s)
    for center in range(2 * n - 1):
        left = center // 2
        right = left + center % 2
        while left >= 0 and right < n and s[left] == s[right]:
            left -= 1
            right += 1
        length = right - left - 1
        if length > best:
            best = length
    return best
