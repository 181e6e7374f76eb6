HEX = {"O": "0", "S": "5"}


def hex_word_sum(s):
    total = 0
    for word in s.split():
        digits = "".join(HEX[ch] if ch in HEX else ch for ch in word)
        if all_hex(digits):
            total += int(digits, 16)
    return total


def all_hex(word):
    for ch in word:
        if ch not in "0123456789ABCDEF":
            return False
    return True
