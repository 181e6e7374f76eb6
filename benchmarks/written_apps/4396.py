def freq_seq(s, sep):
    return sep.join(str(s.count(c)) for c in s)
