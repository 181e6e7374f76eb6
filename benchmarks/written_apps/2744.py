import math


def matching_brackets(code):
    pairs = {}
    stack = []
    for position in range(len(code)):
        if code[position] == "W":
            stack += [position]
        elif code[position] == "E":
            start = stack[-1]
            stack = stack[:-1]
            pairs[start] = position
            pairs[position] = start
    return pairs


def poohbear(s):
    jumps = matching_brackets(s)
    cells = {}
    pointer = 0
    copied = 0
    output = ""
    position = 0
    while position < len(s):
        command = s[position]
        value = cells[pointer] if pointer in cells else 0
        new_value = value
        if command == "+":
            new_value = value + 1
        elif command == "-":
            new_value = value - 1
        elif command == ">":
            pointer += 1
        elif command == "<":
            pointer -= 1
        elif command == "c":
            copied = value
        elif command == "p":
            new_value = copied
        elif command == "W" and value == 0:
            position = jumps[position]
        elif command == "E" and value != 0:
            position = jumps[position]
        elif command == "P":
            output += bytes([value]).decode("latin-1")
        elif command == "N":
            output += str(value)
        elif command == "T":
            new_value = value * 2
        elif command == "Q":
            new_value = value * value
        elif command == "U":
            new_value = math.isqrt(value)
        elif command == "L":
            new_value = value + 2
        elif command == "I":
            new_value = value - 2
        elif command == "V":
            new_value = value // 2
        elif command == "A":
            new_value = value + copied
        elif command == "B":
            new_value = value - copied
        elif command == "Y":
            new_value = value * copied
        elif command == "D":
            new_value = value // copied
        if command in "+-pTQULIVABYD":
            cells[pointer] = new_value % 256
        position += 1
    return output
