def splitSentence(s):
    return s.split()
