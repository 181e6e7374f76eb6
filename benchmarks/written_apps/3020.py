VOWELS = "aeiouyAEIOUY"


def convert(word):
    for i in range(len(word)):
        if word[i] in VOWELS:
            return "ko" + word[i + 1:] + "-" + word[:i + 1] + "ntti"
    return word


def kontti(s):
    return " ".join(convert(w) for w in s.split(" "))
