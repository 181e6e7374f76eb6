SUBSTITUTES = {"i": "1", "I": "1", "o": "0", "O": "0", "s": "5", "S": "5"}


def make_password(phrase):
    password = ""
    for word in phrase.split():
        letter = word[0]
        password += SUBSTITUTES[letter] if letter in SUBSTITUTES else letter
    return password
