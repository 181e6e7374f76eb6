def longest_palindrome(s):
    counts = {}
    for ch in s:
        if ch.isalnum():
            key = ch.casefold()
            if key in counts:
                counts[key] += 1
            else:
                counts[key] = 1
    length = 0
    has_odd = False
    for c in counts:
        length += counts[c] // 2 * 2
        if counts[c] % 2:
            has_odd = True
    return length + 1 if has_odd else length
