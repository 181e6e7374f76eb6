def is_in_middle(s):
    for start in ((len(s) - 3) // 2, (len(s) - 2) // 2):
        if start >= 0 and s[start:start + 3] == "abc":
            return True
    return False
