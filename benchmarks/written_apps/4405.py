def is_palindrome(string):
    text = str(string)
    return text == text[::-1]
