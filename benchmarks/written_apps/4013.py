def spoonerize(words):
    first, second = words.split(" ")
    return second[0] + first[1:] + " " + first[0] + second[1:]
