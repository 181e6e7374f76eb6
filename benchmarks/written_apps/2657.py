def make_string(s):
    return "".join(word[0] for word in s.split())
