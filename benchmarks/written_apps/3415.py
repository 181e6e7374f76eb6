def build_palindrome(s):
    for i in range(len(s)):
        tail = s[i:]
        if tail == tail[::-1]:
            return s + s[:i][::-1]
    return s
