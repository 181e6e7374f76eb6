def read_out(acrostic):
    return "".join(word[0] for word in acrostic)
