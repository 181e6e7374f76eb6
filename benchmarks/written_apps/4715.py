def build_palindrome(s):
    for k in range(len(s)):
        back = s + s[:k][::-1]
        if back == back[::-1]:
            return back
        front = s[len(s) - k:][::-1] + s
        if front == front[::-1]:
            return front
    return s
