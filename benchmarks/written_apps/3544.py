MORSE_DIGITS = {
    ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5",
    "-....": "6", "--...": "7", "---..": "8", "----.": "9", "-----": "0",
}


def morse_converter(s):
    digits = ""
    for start in range(0, len(s), 5):
        digits += MORSE_DIGITS[s[start:start + 5]]
    return int(digits)
