KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl",
        "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
DIGIT_OF = {letter: digit for digit in KEYS for letter in KEYS[digit]}


def T9(words, seq):
    matches = []
    for word in words:
        digits = "".join(DIGIT_OF[ch] if ch in DIGIT_OF else "?" for ch in word.lower())
        if digits == seq:
            matches += [word]
    return matches or ["".join(KEYS[d][0] for d in seq)]
