def happy_g(s):
    for i in range(len(s)):
        if s[i] == "g":
            left = i > 0 and s[i - 1] == "g"
            right = i + 1 < len(s) and s[i + 1] == "g"
            if not (left or right):
                return False
    return True
