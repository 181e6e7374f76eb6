def reverseWords(s):
    return " ".join(s.split()[::-1])
