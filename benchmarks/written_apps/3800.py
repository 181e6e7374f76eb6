LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"


def letter_value(letter):
    position = 0
    while LETTERS[position] != letter:
        position += 1
    return position + 1


def spreadsheet(s):
    if s[0] == "R" and s[1] in DIGITS and "C" in s[2:]:
        row, column = s[1:].rsplit("C", 1)
        column = int(column)
        letters = ""
        while column > 0:
            column -= 1
            letters = LETTERS[column % 26] + letters
            column //= 26
        return letters + row
    row = s.lstrip(LETTERS)
    letters = s[:len(s) - len(row)]
    column = 0
    for letter in letters:
        column = column * 26 + letter_value(letter)
    return f"R{row}C{column}"
