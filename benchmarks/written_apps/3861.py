import re


def fire_and_fury(tweet):
    for c in tweet:
        if c not in "EFIRUY":
            return "Fake tweet."
    words = re.findall("FIRE|FURY", tweet)
    if not words:
        return "Fake tweet."
    runs = []
    for word in words:
        if runs and runs[-1][0] == word:
            runs[-1][1] += 1
        else:
            runs += [[word, 1]]
    sentences = []
    for word, count in runs:
        if word == "FIRE":
            sentences += ["You" + " and you" * (count - 1) + " are fired!"]
        else:
            sentences += ["I am" + " really" * (count - 1) + " furious."]
    return " ".join(sentences)
