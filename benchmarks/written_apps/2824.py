def encode(s):
    words = s.split(" ")
    return " ".join(word[-2::-1] + word[-1:] for word in words)
