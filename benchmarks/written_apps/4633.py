def convert(number):
    return "".join(chr(int(number[i:i + 2])) for i in range(0, len(number), 2))
