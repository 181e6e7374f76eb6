def palindrome_rearranging(s):
    odd = sum(1 for ch in set(s) if s.count(ch) % 2)
    return odd <= 1
