def turn(word):
    half = len(word) // 2
    middle = word[half:len(word) - half]
    return word[:half][::-1] + middle + word[len(word) - half:][::-1]


def inside_out(s):
    return " ".join(turn(word) for word in s.split(" "))
