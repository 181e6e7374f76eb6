def is_palindrome(s):
    return s == s[::-1]


def solve(s):
    if is_palindrome(s):
        return "OK"
    for i in range(len(s)):
        if is_palindrome(s[:i] + s[i + 1:]):
            return "remove one"
    return "not possible"
