def increment_string(strng):
    i = len(strng)
    while i > 0 and strng[i - 1] in "0123456789":
        i -= 1
    head, number = strng[:i], strng[i:]
    if not number:
        return head + "1"
    bumped = str(int(number) + 1)
    return head + "0" * (len(number) - len(bumped)) + bumped
