def reverse(s):
    out = ""
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = s[i:j]
        out += run.swapcase() if j - i > 1 else run
        i = j
    return out
