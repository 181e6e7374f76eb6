from collections import OrderedDict


def encode(message, key, shift, encode=True):
    # unique letters of the key in order of first occurrence, then the rest of the alphabet
    alphabet = "".join(OrderedDict.fromkeys(key + "abcdefghijklmnopqrstuvwxyz"))
    position = {alphabet[i]: i for i in range(len(alphabet))}
    result = ""
    for ch in message:
        if ch not in position:
            result += ch
            continue
        if encode:
            result += alphabet[(position[ch] + shift) % 26]
            shift = position[ch] + 1
        else:
            plain = alphabet[(position[ch] - shift) % 26]
            result += plain
            shift = position[plain] + 1
    return result


def decode(message, key, shift):
    return encode(message, key, shift, False)
