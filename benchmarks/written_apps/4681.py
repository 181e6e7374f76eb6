def alphabetized(s):
    letters = [c for c in s if "a" <= c.lower() <= "z"]
    return "".join(sorted(letters, key=str.lower))
