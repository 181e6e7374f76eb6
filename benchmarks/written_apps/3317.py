GREEK = str.maketrans({
    "a": "\u03b1", "b": "\u03b2", "d": "\u03b4", "e": "\u03b5",
    "i": "\u03b9", "k": "\u03ba", "n": "\u03b7", "o": "\u03b8",
    "p": "\u03c1", "r": "\u03c0", "t": "\u03c4", "u": "\u03bc",
    "v": "\u03c5", "w": "\u03c9", "x": "\u03c7", "y": "\u03b3",
})


def gr33k_l33t(string):
    return string.lower().translate(GREEK)
