def hex_hash(code):
    total = 0
    for character in code:
        for digit in f"{ord(character):x}":
            if digit in "0123456789":
                total += int(digit)
    return total
