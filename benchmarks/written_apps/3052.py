def remove(s):
    end = len(s)
    while end > 0 and s[end - 1] == "!":
        end -= 1
    body = "".join(c for c in s[:end] if c != "!")
    return body + s[end:]
